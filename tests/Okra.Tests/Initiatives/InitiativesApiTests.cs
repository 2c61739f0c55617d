using System.Net;
using System.Text.Json.Nodes;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Initiatives;

public abstract class InitiativesApiTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task Update_WeightThreeOfFourDone_ChecklistProgressIsThreeQuarters()
    {
        var (_, keyResult) = await ChecklistWorldAsync();
        var light = IdOf(await PostAsync("/api/v1/initiatives", new { keyResultId = keyResult, title = "Brief the team", weight = 1m }));
        var heavy = IdOf(await PostAsync("/api/v1/initiatives", new { keyResultId = keyResult, title = "Send the survey", weight = 3m }));
        Assert.Equal(0m, await ProgressOfAsync(keyResult));

        var done = await PutAsync($"/api/v1/initiatives/{heavy}", new { status = "done" });

        Assert.Equal(("done", 3m, "Send the survey"), ((string)done["status"]!, (decimal)done["weight"]!, (string)done["title"]!));
        Assert.Equal(0.75m, await ProgressOfAsync(keyResult));
        Assert.Equal(2, (await GetAsync($"/api/v1/key-results/{keyResult}/initiatives")).AsArray().Count);

        await DeleteAsync($"/api/v1/initiatives/{light}");
        Assert.Equal(1m, await ProgressOfAsync(keyResult));
        Assert.Equal("archived", (string)(await GetAsync($"/api/v1/initiatives/{light}"))["status"]!);
    }

    [Fact]
    public async Task Update_OnlyStatus_KeepsLinkAndOwnerUntilLinkIsCleared()
    {
        var (person, keyResult) = await ChecklistWorldAsync();
        var id = IdOf(await PostAsync("/api/v1/initiatives",
            new { keyResultId = keyResult, title = "Trello card", link = "https://trello.com/c/abc123", ownerPersonId = person }));

        var done = await PutAsync($"/api/v1/initiatives/{id}", new { status = "done" });
        var unlinked = await PutAsync($"/api/v1/initiatives/{id}", new { link = "" });

        Assert.Equal("https://trello.com/c/abc123", (string?)done["link"]);
        Assert.Equal(person, Guid.Parse((string)done["ownerPersonId"]!));
        Assert.Null(unlinked["link"]);
        Assert.Equal(("done", person), ((string)unlinked["status"]!, Guid.Parse((string)unlinked["ownerPersonId"]!)));
    }

    [Theory]
    [InlineData("keyResultId")]
    [InlineData("ownerPersonId")]
    [InlineData("weight")]
    public async Task Create_BadField_NamesItAndWritesNothing(string field)
    {
        var (person, keyResult) = await ChecklistWorldAsync();
        var body = new JsonObject { ["keyResultId"] = keyResult, ["title"] = "Campaign", ["weight"] = 1m, ["ownerPersonId"] = person };
        body[field] = field == "weight" ? 0m : Guid.NewGuid();

        var problem = await PostAsync("/api/v1/initiatives", body, HttpStatusCode.BadRequest);

        AssertNamesField(problem, field);
        Assert.Empty((await GetAsync($"/api/v1/key-results/{keyResult}/initiatives")).AsArray());
    }

    [Fact]
    public async Task Update_UnknownOwner_NamesOwnerPersonIdAndKeepsStatus()
    {
        var (_, keyResult) = await ChecklistWorldAsync();
        var id = IdOf(await PostAsync("/api/v1/initiatives", new { keyResultId = keyResult, title = "Webinar" }));

        var problem = await PutAsync($"/api/v1/initiatives/{id}", new { status = "done", ownerPersonId = Guid.NewGuid() }, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "ownerPersonId");
        Assert.Equal("notStarted", (string)(await GetAsync($"/api/v1/initiatives/{id}"))["status"]!);
        Assert.Equal(0m, await ProgressOfAsync(keyResult));
    }

    [Fact]
    public async Task UnknownId_GetPutDelete_Answer404()
    {
        await AssertUnknownIdAsync("/api/v1/initiatives", new { status = "done" });
    }

    /// <summary>A person owning a checklist milestone on their objective.</summary>
    private async Task<(Guid Person, Guid KeyResult)> ChecklistWorldAsync()
    {
        var (person, _, objective) = await WorldAsync();
        var keyResult = IdOf(await KeyResultAsync(new
        {
            objectiveId = objective, title = "Run the satisfaction survey", ownerPersonId = person, kind = "milestone", checklist = true,
        }));
        return (person, keyResult);
    }

    private async Task<decimal> ProgressOfAsync(Guid keyResult) =>
        (decimal)(await GetAsync($"/api/v1/key-results/{keyResult}"))["keyResult"]!["progress"]!;
}

public sealed class InitiativesApiTests_Sqlite(SqliteApp app) : InitiativesApiTests(app), IClassFixture<SqliteApp>;

public sealed class InitiativesApiTests_Postgres(PostgresApp app) : InitiativesApiTests(app), IClassFixture<PostgresApp>;

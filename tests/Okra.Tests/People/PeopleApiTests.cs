using System.Net;
using System.Text.Json.Nodes;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.People;

public abstract class PeopleApiTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task Create_DuplicateEmailInOtherCase_NamesEmailAndWritesNothing()
    {
        var email = $"{Guid.NewGuid():N}@example.test";
        await PersonAsync("Anna Kovács", email);

        var problem = await PostAsync("/api/v1/people", new { name = "Anna Másik", email = email.ToUpperInvariant(), locale = "hu" }, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "email");
        Assert.Single(await ListAsync(), p => (string)p!["email"]! == email);
    }

    [Fact]
    public async Task Update_EmailOfAnotherPerson_NamesEmailAndKeepsOwn()
    {
        var anna = await NewPersonAsync("Anna");
        var bela = await NewPersonAsync("Béla");

        var problem = await PutAsync($"/api/v1/people/{IdOf(bela)}", new { name = "Béla", email = (string)anna["email"]!, locale = "hu" }, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "email");
        Assert.Equal((string)bela["email"]!, (string)(await GetAsync($"/api/v1/people/{IdOf(bela)}"))["email"]!);
    }

    [Fact]
    public async Task Update_ManagerLoop_NamesManagerIdAndKeepsManager()
    {
        var anna = await NewPersonAsync("Anna");
        var bela = await NewPersonAsync("Béla");
        var reports = await PutAsync($"/api/v1/people/{IdOf(bela)}", new { name = "Béla", email = (string)bela["email"]!, locale = "hu", managerId = IdOf(anna) });
        Assert.Equal(IdOf(anna), Guid.Parse((string)reports["managerId"]!));

        var loop = await PutAsync($"/api/v1/people/{IdOf(anna)}",
            new { name = "Anna", email = (string)anna["email"]!, locale = "hu", managerId = IdOf(bela) }, HttpStatusCode.BadRequest);
        var self = await PutAsync($"/api/v1/people/{IdOf(anna)}",
            new { name = "Anna", email = (string)anna["email"]!, locale = "hu", managerId = IdOf(anna) }, HttpStatusCode.BadRequest);

        AssertNamesField(loop, "managerId");
        AssertNamesField(self, "managerId");
        Assert.Null((await GetAsync($"/api/v1/people/{IdOf(anna)}"))["managerId"]);
    }

    [Fact]
    public async Task Create_UnknownManager_NamesManagerIdAndWritesNothing()
    {
        var email = $"{Guid.NewGuid():N}@example.test";
        var problem = await PostAsync("/api/v1/people", new { name = "Csaba", email, locale = "en", managerId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "managerId");
        Assert.DoesNotContain(await ListAsync(), p => (string)p!["email"]! == email);
    }

    [Fact]
    public async Task KeyResults_DefaultCycle_ListsOwnedActiveKeyResultsOfTheCurrentCycle()
    {
        var owner = await PersonAsync("Dóra");
        var other = await PersonAsync("Ernő");
        var current = await CycleAsync("2027-Q1");
        var past = await CycleAsync("2026-Q4");
        var shared = IdOf(await ObjectiveAsync(current, other, "Ernő's objective"));
        var mine = IdOf(await MetricAsync(shared, owner));
        await MetricAsync(shared, other);
        var retired = IdOf(await MetricAsync(shared, owner));
        await DeleteAsync($"/api/v1/key-results/{retired}");
        var earlier = IdOf(await MetricAsync(IdOf(await ObjectiveAsync(past, owner, "Last quarter")), owner));

        var listed = (await GetAsync($"/api/v1/people/{owner}/key-results")).AsArray();
        var inPast = (await GetAsync($"/api/v1/people/{owner}/key-results?cycleId={past}")).AsArray();

        Assert.Equal([mine], listed.Select(k => IdOf(k!)));
        Assert.Equal("Dóra", (string)listed[0]!["ownerName"]!);
        Assert.Equal([earlier], inPast.Select(k => IdOf(k!)));
    }

    [Fact]
    public async Task KeyResults_UnknownCycle_NamesCycleId()
    {
        var problem = await GetAsync($"/api/v1/people/{await PersonAsync()}/key-results?cycleId={Guid.NewGuid()}", HttpStatusCode.BadRequest);
        AssertNamesField(problem, "cycleId");
    }

    [Fact]
    public async Task Archive_Person_LeavesListButGetAnswers()
    {
        var id = await PersonAsync("Ferenc");
        await DeleteAsync($"/api/v1/people/{id}");
        Assert.True((bool)(await GetAsync($"/api/v1/people/{id}"))["isArchived"]!);
        Assert.DoesNotContain((await GetAsync("/api/v1/people")).AsArray(), p => IdOf(p!) == id);
        Assert.Contains(await ListAsync(), p => IdOf(p!) == id);
    }

    [Fact]
    public async Task UnknownId_GetPutDeleteAndKeyResults_Answer404()
    {
        await AssertUnknownIdAsync("/api/v1/people", new { name = "Nobody", email = "nobody@example.test", locale = "en" });
        await GetAsync($"/api/v1/people/{Guid.NewGuid()}/key-results", HttpStatusCode.NotFound);
    }

    private async Task<JsonNode> NewPersonAsync(string name) =>
        await PostAsync("/api/v1/people", new { name, email = $"{Guid.NewGuid():N}@example.test", locale = "hu" });

    private async Task<JsonArray> ListAsync() => (await GetAsync("/api/v1/people?includeArchived=true")).AsArray();
}

public sealed class PeopleApiTests_Sqlite(SqliteApp app) : PeopleApiTests(app), IClassFixture<SqliteApp>;

public sealed class PeopleApiTests_Postgres(PostgresApp app) : PeopleApiTests(app), IClassFixture<PostgresApp>;

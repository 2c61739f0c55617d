using System.Net;
using System.Text.Json.Nodes;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Teams;

public abstract class TeamsApiTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task Members_SetChangeAndRemove_AreReflected()
    {
        var team = await TeamAsync();
        var person = await PersonAsync();

        var asLead = await PutAsync($"/api/v1/teams/{team}/members/{person}", new { role = "lead" });
        var asMember = await PutAsync($"/api/v1/teams/{team}/members/{person}", new { role = "member" });
        await DeleteAsync($"/api/v1/teams/{team}/members/{person}");

        Assert.Equal([(person, "lead")], Members(asLead));
        Assert.Equal([(person, "member")], Members(asMember));
        Assert.Empty(Members(await GetAsync($"/api/v1/teams/{team}")));
        await DeleteAsync($"/api/v1/teams/{team}/members/{person}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SetMember_UnknownPersonOrTeam_Answers404AndAddsNobody()
    {
        var team = await TeamAsync();
        var person = await PersonAsync();

        await PutAsync($"/api/v1/teams/{team}/members/{Guid.NewGuid()}", new { role = "member" }, HttpStatusCode.NotFound);
        await PutAsync($"/api/v1/teams/{Guid.NewGuid()}/members/{person}", new { role = "member" }, HttpStatusCode.NotFound);

        Assert.Empty(Members(await GetAsync($"/api/v1/teams/{team}")));
    }

    [Fact]
    public async Task Update_ParentLoop_NamesParentTeamIdAndKeepsParent()
    {
        var name = $"Sales {Guid.NewGuid():N}";
        var top = await TeamAsync(name);
        var child = await TeamAsync(parentTeamId: top);
        var grandchild = await TeamAsync(parentTeamId: child);

        var loop = await PutAsync($"/api/v1/teams/{top}", new { name, kind = "sales", parentTeamId = grandchild }, HttpStatusCode.BadRequest);
        var self = await PutAsync($"/api/v1/teams/{top}", new { name, kind = "sales", parentTeamId = top }, HttpStatusCode.BadRequest);

        AssertNamesField(loop, "parentTeamId");
        AssertNamesField(self, "parentTeamId");
        Assert.Null((await GetAsync($"/api/v1/teams/{top}"))["parentTeamId"]);
    }

    [Fact]
    public async Task Create_DuplicateName_NamesNameAndWritesNothing()
    {
        var name = $"Business development {Guid.NewGuid():N}";
        await TeamAsync(name, kind: "businessDevelopment");

        var problem = await PostAsync("/api/v1/teams", new { name, kind = "sales" }, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "name");
        Assert.Single(await ListAsync(), t => (string)t!["name"]! == name);
    }

    [Fact]
    public async Task Update_NameOfAnotherTeam_NamesNameAndKeepsOwn()
    {
        var taken = $"Customer success {Guid.NewGuid():N}";
        var own = $"Key accounts {Guid.NewGuid():N}";
        await TeamAsync(taken);
        var team = await TeamAsync(own);

        var problem = await PutAsync($"/api/v1/teams/{team}", new { name = taken, kind = "sales" }, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "name");
        Assert.Equal(own, (string)(await GetAsync($"/api/v1/teams/{team}"))["name"]!);
    }

    [Fact]
    public async Task Create_UnknownParent_NamesParentTeamIdAndWritesNothing()
    {
        var name = $"Orphans {Guid.NewGuid():N}";
        var problem = await PostAsync("/api/v1/teams", new { name, kind = "sales", parentTeamId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "parentTeamId");
        Assert.DoesNotContain(await ListAsync(), t => (string)t!["name"]! == name);
    }

    [Fact]
    public async Task UnknownId_GetPutDelete_Answer404()
    {
        await AssertUnknownIdAsync("/api/v1/teams", new { name = "Nobody", kind = "sales" });
    }

    private static IEnumerable<(Guid, string)> Members(JsonNode team) =>
        team["members"]!.AsArray().Select(m => (Guid.Parse((string)m!["personId"]!), (string)m["role"]!));

    private async Task<JsonArray> ListAsync() => (await GetAsync("/api/v1/teams?includeArchived=true")).AsArray();
}

public sealed class TeamsApiTests_Sqlite(SqliteApp app) : TeamsApiTests(app), IClassFixture<SqliteApp>;

public sealed class TeamsApiTests_Postgres(PostgresApp app) : TeamsApiTests(app), IClassFixture<PostgresApp>;

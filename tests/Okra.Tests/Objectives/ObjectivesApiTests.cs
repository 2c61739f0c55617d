using System.Net;
using System.Text.Json.Nodes;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Objectives;

public abstract class ObjectivesApiTests(OkraApp app) : ScenarioTestBase(app)
{
    private const string Title = "Increase MRR by 20 %";

    [Fact]
    public async Task Create_UnknownCycle_NamesCycleIdAndWritesNothing()
    {
        var person = await PersonAsync();
        var title = $"No cycle {Guid.NewGuid():N}";
        var problem = await PostAsync("/api/v1/objectives",
            new { cycleId = Guid.NewGuid(), title, level = "personal", ownerPersonId = person }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "cycleId");
        Assert.DoesNotContain(await ListAsync(), o => (string)o!["title"]! == title);
    }

    [Fact]
    public async Task Create_UnknownOwner_NamesOwnerPersonIdAndWritesNothing()
    {
        var cycle = await CycleAsync();
        var title = $"No owner {Guid.NewGuid():N}";
        var problem = await PostAsync("/api/v1/objectives",
            new { cycleId = cycle, title, level = "personal", ownerPersonId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "ownerPersonId");
        Assert.DoesNotContain(await ListAsync(), o => (string)o!["title"]! == title);
    }

    [Fact]
    public async Task Create_UnknownParentObjective_NamesParentObjectiveId()
    {
        var (person, cycle, _) = await WorldAsync();
        var title = $"Orphan {Guid.NewGuid():N}";
        var problem = await PostAsync("/api/v1/objectives",
            new { cycleId = cycle, title, level = "personal", ownerPersonId = person, parentObjectiveId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "parentObjectiveId");
        Assert.DoesNotContain(await ListAsync(), o => (string)o!["title"]! == title);
    }

    [Fact]
    public async Task List_UnknownCycle_NamesCycleId()
    {
        AssertNamesField(await GetAsync($"/api/v1/objectives?cycleId={Guid.NewGuid()}", HttpStatusCode.BadRequest), "cycleId");
    }

    [Fact]
    public async Task Update_AlignmentLoop_NamesParentObjectiveIdAndKeepsAlignment()
    {
        var (person, cycle, parent) = await WorldAsync();
        var child = IdOf(await ObjectiveAsync(cycle, person, "Child", parentObjectiveId: parent));

        var problem = await PutAsync($"/api/v1/objectives/{parent}",
            new { title = Title, level = "personal", ownerPersonId = person, parentObjectiveId = child, version = 0 }, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "parentObjectiveId");
        var after = await ReadObjectiveAsync(parent);
        Assert.Null(after["parentObjectiveId"]);
        Assert.Equal(0, (int)after["version"]!);
    }

    [Fact]
    public async Task Update_LoopThroughParentKeyResult_NamesParentKeyResultIdAndKeepsAlignment()
    {
        var (person, cycle, parent) = await WorldAsync();
        var child = IdOf(await ObjectiveAsync(cycle, person, "Child", parentObjectiveId: parent));
        var childKeyResult = IdOf(await MetricAsync(child, person));

        var problem = await PutAsync($"/api/v1/objectives/{parent}",
            new { title = Title, level = "personal", ownerPersonId = person, parentKeyResultId = childKeyResult, version = 0 }, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "parentKeyResultId");
        var after = await ReadObjectiveAsync(parent);
        Assert.Null(after["parentKeyResultId"]);
        Assert.Null(after["parentObjectiveId"]);
        Assert.Equal(0, (int)after["version"]!);
    }

    [Fact]
    public async Task Update_TwoChangesFromTheSameVersion_SecondAnswers409WithCurrentState()
    {
        var (person, _, id) = await WorldAsync();
        var version = (int)(await ReadObjectiveAsync(id))["version"]!;

        var first = await PutAsync($"/api/v1/objectives/{id}", new { title = "Grow MRR by 20 %", level = "personal", ownerPersonId = person, version });
        var conflict = await PutAsync($"/api/v1/objectives/{id}",
            new { title = "Grow MRR by 25 %", level = "personal", ownerPersonId = person, version }, HttpStatusCode.Conflict);

        Assert.Equal(version + 1, (int)first["objective"]!["version"]!);
        Assert.Equal(409, (int)conflict["status"]!);
        Assert.Equal(version + 1, (int)conflict["currentVersion"]!);
        Assert.Equal("Grow MRR by 20 %", (string)conflict["current"]!["objective"]!["title"]!);
        Assert.Equal("Grow MRR by 20 %", (string)(await ReadObjectiveAsync(id))["title"]!);
    }

    [Fact]
    public async Task Update_ConcurrentChangesFromTheSameVersion_OneWinsAndTheOthersAnswer409()
    {
        var (person, _, id) = await WorldAsync();
        await AssertOneConcurrentChangeWinsAsync(i => new { title = $"Take {i}", level = "personal", ownerPersonId = person, version = 0 }, $"/api/v1/objectives/{id}");
        Assert.Equal(1, (int)(await ReadObjectiveAsync(id))["version"]!);
    }

    [Fact]
    public async Task Update_OnlyOwnerTeamsChange_BumpsVersionSoStaleCopiesAreRefused()
    {
        var (sales, development) = (await TeamAsync(), await TeamAsync(kind: "businessDevelopment"));
        var created = (await PostAsync("/api/v1/objectives", new { cycleId = await CycleAsync(), title = "New markets", level = "team", ownerTeamIds = new[] { sales } }))["objective"]!;
        var url = $"/api/v1/objectives/{IdOf(created)}";

        var shared = await PutAsync(url, new { title = "New markets", level = "team", ownerTeamIds = new[] { sales, development }, version = 0 });
        await PutAsync(url, new { title = "New markets", level = "team", ownerTeamIds = new[] { sales }, version = 0 }, HttpStatusCode.Conflict);

        Assert.Equal(1, (int)shared["objective"]!["version"]!);
        Assert.True((bool)(await ReadObjectiveAsync(IdOf(created)))["isShared"]!);
    }

    [Fact]
    public async Task Update_WithoutVersion_NamesVersionAndKeepsTitle()
    {
        var (person, _, id) = await WorldAsync();
        var problem = await PutAsync($"/api/v1/objectives/{id}", new { title = "Changed", level = "personal", ownerPersonId = person }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "version");
        Assert.Equal(Title, (string)(await ReadObjectiveAsync(id))["title"]!);
    }

    [Fact]
    public async Task Status_DraftToProposedToActive_RecordsApproverAndAuditsEachStep()
    {
        var (_, _, id) = await WorldAsync();
        var approver = App.Admin.PersonId;

        var proposed = await PostAsync($"/api/v1/objectives/{id}/status", new { status = "proposed", version = 0 }, HttpStatusCode.OK);
        var active = await PostAsync($"/api/v1/objectives/{id}/status",
            new { status = "active", version = 1, reason = "Approved in the weekly review" }, HttpStatusCode.OK);

        Assert.Equal("proposed", (string)proposed["objective"]!["workflowStatus"]!);
        Assert.Null(proposed["approvedById"]);
        Assert.Equal("active", (string)active["objective"]!["workflowStatus"]!);
        Assert.Equal(2, (int)active["objective"]!["version"]!);
        Assert.Equal(approver, Guid.Parse((string)active["approvedById"]!));
        Assert.Equal(OkraApp.Start, DateTimeOffset.Parse((string)active["approvedAt"]!, System.Globalization.CultureInfo.InvariantCulture));

        var audit = (await GetAsync($"/api/v1/objectives/{id}/audit")).AsArray();
        Assert.Contains(audit, e => (string)e!["field"]! == "Status" && (string?)e["oldValue"] == "Draft" && (string?)e["newValue"] == "Proposed");
        var approval = audit.Single(e => (string)e!["field"]! == "Status" && (string?)e["newValue"] == "Active")!;
        Assert.Equal("Proposed", (string?)approval["oldValue"]);
        Assert.Equal("Approved in the weekly review", (string?)approval["reason"]);
    }

    [Fact]
    public async Task Status_ClosedToDraft_NamesStatusAndStaysClosed()
    {
        var (_, _, id) = await WorldAsync();
        await PostAsync($"/api/v1/objectives/{id}/status", new { status = "active", version = 0 }, HttpStatusCode.OK);
        await PostAsync($"/api/v1/objectives/{id}/status", new { status = "closed", version = 1 }, HttpStatusCode.OK);

        var problem = await PostAsync($"/api/v1/objectives/{id}/status", new { status = "draft", version = 2 }, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "status");
        var after = await ReadObjectiveAsync(id);
        Assert.Equal("closed", (string)after["workflowStatus"]!);
        Assert.Equal(2, (int)after["version"]!);
    }

    [Fact]
    public async Task Status_WithoutVersion_NamesVersion()
    {
        var (_, _, id) = await WorldAsync();
        var problem = await PostAsync($"/api/v1/objectives/{id}/status", new { status = "proposed" }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "version");
        Assert.Equal("draft", (string)(await ReadObjectiveAsync(id))["workflowStatus"]!);
    }

    [Fact]
    public async Task Archive_AlignedObjective_LeavesTreeAndListButGetStillAnswers()
    {
        var (person, cycle, parent) = await WorldAsync();
        var child = IdOf(await ObjectiveAsync(cycle, person, "Child to archive", parentObjectiveId: parent));

        await DeleteAsync($"/api/v1/objectives/{child}");

        var tree = await GetAsync($"/api/v1/cycles/{cycle}/tree");
        var inTree = Flatten(tree["objectives"]!.AsArray()).Select(IdOf).ToList();
        Assert.Contains(parent, inTree);
        Assert.DoesNotContain(child, inTree);
        Assert.DoesNotContain(await ListAsync(includeArchived: false), o => IdOf(o!) == child);
        Assert.Contains(await ListAsync(), o => IdOf(o!) == child);
        Assert.Equal("archived", (string)(await ReadObjectiveAsync(child))["workflowStatus"]!);
    }

    [Fact]
    public async Task UnknownId_GetPutDeleteStatusAndAudit_Answer404()
    {
        await AssertUnknownIdAsync("/api/v1/objectives", new { title = "Nobody", version = 0 });
        var id = Guid.NewGuid();
        await PostAsync($"/api/v1/objectives/{id}/status", new { status = "active", version = 0 }, HttpStatusCode.NotFound);
        await GetAsync($"/api/v1/objectives/{id}/audit", HttpStatusCode.NotFound);
    }

    private async Task<JsonNode> ReadObjectiveAsync(Guid id) => (await GetAsync($"/api/v1/objectives/{id}"))["objective"]!;

    private async Task<JsonArray> ListAsync(bool includeArchived = true) =>
        (await GetAsync($"/api/v1/objectives?includeArchived={includeArchived}")).AsArray();

    private static IEnumerable<JsonNode> Flatten(JsonArray nodes) =>
        nodes.SelectMany(n => Flatten(n!["children"]!.AsArray()).Prepend(n!));
}

public sealed class ObjectivesApiTests_Sqlite(SqliteApp app) : ObjectivesApiTests(app), IClassFixture<SqliteApp>;

public sealed class ObjectivesApiTests_Postgres(PostgresApp app) : ObjectivesApiTests(app), IClassFixture<PostgresApp>;

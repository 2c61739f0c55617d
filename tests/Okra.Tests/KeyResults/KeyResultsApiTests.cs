using System.Net;
using System.Text.Json.Nodes;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.KeyResults;

public abstract class KeyResultsApiTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task Create_TargetEqualToBaseline_NamesTargetAndWritesNothing()
    {
        var (person, _, objective) = await WorldAsync();
        var problem = await PostAsync("/api/v1/key-results",
            new { objectiveId = objective, title = "Flat", ownerPersonId = person, kind = "metric", baseline = 50m, target = 50m }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "target");
        Assert.Empty(await KeyResultsOfAsync(objective));
    }

    [Fact]
    public async Task Update_TargetEqualToBaseline_NamesTargetAndKeepsTarget()
    {
        var (person, _, objective) = await WorldAsync();
        var id = IdOf(await MetricAsync(objective, person, baseline: 100m, target: 150m));

        var problem = await PutAsync($"/api/v1/key-results/{id}",
            new { title = "Flat", ownerPersonId = person, kind = "metric", baseline = 100m, target = 100m, version = 0 }, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "target");
        var after = await ReadKeyResultAsync(id);
        Assert.Equal(150m, (decimal)after["target"]!);
        Assert.Equal(0, (int)after["version"]!);
        Assert.DoesNotContain(await AuditOfAsync(id), e => (string)e!["field"]! == "Target");
    }

    [Fact]
    public async Task Create_UnknownCurrency_NamesCurrencyAndWritesNothing()
    {
        var (person, _, objective) = await WorldAsync();
        var problem = await PostAsync("/api/v1/key-results", new
        {
            objectiveId = objective, title = "Revenue", ownerPersonId = person, kind = "metric", unit = "currency", currency = "XYZ",
            baseline = 1_000m, target = 2_000m,
        }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "currency");
        Assert.Empty(await KeyResultsOfAsync(objective));
    }

    [Theory]
    [InlineData("milestone", "target")]
    [InlineData("metric", "targetPerPeriod")]
    [InlineData("recurring", "baseline")]
    [InlineData("threshold", "relativeChange")]
    [InlineData("metric", "comparison")]
    public async Task Create_FieldOfAnotherKind_NamesThatField(string kind, string field)
    {
        var (person, _, objective) = await WorldAsync();
        var body = new JsonObject { ["objectiveId"] = objective, ["title"] = "Mixed", ["ownerPersonId"] = person, ["kind"] = kind };
        body[field] = field == "comparison" ? "atMost" : 5m;

        var problem = await PostAsync("/api/v1/key-results", body, HttpStatusCode.BadRequest);

        AssertNamesField(problem, field);
        Assert.Empty(await KeyResultsOfAsync(objective));
    }

    [Theory]
    [InlineData("objectiveId")]
    [InlineData("ownerPersonId")]
    public async Task Create_UnknownIdInBody_NamesThatField(string field)
    {
        var (person, _, objective) = await WorldAsync();
        var body = new JsonObject { ["objectiveId"] = objective, ["title"] = "Survey", ["ownerPersonId"] = person, ["kind"] = "milestone" };
        body[field] = Guid.NewGuid();

        var problem = await PostAsync("/api/v1/key-results", body, HttpStatusCode.BadRequest);

        AssertNamesField(problem, field);
        Assert.Empty(await KeyResultsOfAsync(objective));
    }

    [Fact]
    public async Task Create_EachOfTheFourKinds_ReadsBackItsFields()
    {
        var (person, _, objective) = await WorldAsync();
        var metric = IdOf(await KeyResultAsync(new
        {
            objectiveId = objective, title = "MRR to 12 M", ownerPersonId = person, kind = "metric", unit = "currency", currency = "eur",
            baseline = 10_000_000m, target = 12_000_000m, weight = 2m,
        }));
        var recurring = IdOf(await KeyResultAsync(new
        {
            objectiveId = objective, title = "10 new customers a month", ownerPersonId = person, kind = "recurring", period = "month", targetPerPeriod = 10m,
        }));
        var threshold = IdOf(await KeyResultAsync(new
        {
            objectiveId = objective, title = "Discount between 5 % and 12 %", ownerPersonId = person, kind = "threshold", unit = "percent",
            comparison = "between", limit = 5m, upperLimit = 12m, period = "month",
        }));
        var milestone = IdOf(await KeyResultAsync(new { objectiveId = objective, title = "Run the survey", ownerPersonId = person, kind = "milestone" }));

        var m = await ReadKeyResultAsync(metric);
        Assert.Equal(("metric", "currency", "EUR"), ((string)m["kind"]!, (string)m["unit"]!, (string?)m["currency"]));
        Assert.Equal((10_000_000m, 12_000_000m, 2m), ((decimal)m["baseline"]!, (decimal)m["target"]!, (decimal)m["weight"]!));
        var r = await ReadKeyResultAsync(recurring);
        Assert.Equal(("recurring", "count", "month", 10m), ((string)r["kind"]!, (string)r["unit"]!, (string)r["period"]!, (decimal)r["targetPerPeriod"]!));
        Assert.Null(r["target"]);
        var t = await ReadKeyResultAsync(threshold);
        Assert.Equal(("threshold", "percent", "between", "month"), ((string)t["kind"]!, (string)t["unit"]!, (string)t["comparison"]!, (string)t["period"]!));
        Assert.Equal((5m, 12m), ((decimal)t["limit"]!, (decimal)t["upperLimit"]!));
        var s = await ReadKeyResultAsync(milestone);
        Assert.Equal(("milestone", false), ((string)s["kind"]!, (bool)s["checklist"]!));
        Assert.Null(s["baseline"]);
        Assert.Equal(4, (await KeyResultsOfAsync(objective)).Count);
    }

    [Fact]
    public async Task Update_TwoChangesFromTheSameVersion_SecondAnswers409WithCurrentState()
    {
        var (person, _, objective) = await WorldAsync();
        var id = IdOf(await MetricAsync(objective, person, baseline: 0m, target: 100m));

        await PutAsync($"/api/v1/key-results/{id}", new { title = "First", ownerPersonId = person, kind = "metric", baseline = 0m, target = 120m, version = 0 });
        var conflict = await PutAsync($"/api/v1/key-results/{id}",
            new { title = "Second", ownerPersonId = person, kind = "metric", baseline = 0m, target = 90m, version = 0 }, HttpStatusCode.Conflict);

        Assert.Equal(409, (int)conflict["status"]!);
        Assert.Equal(1, (int)conflict["currentVersion"]!);
        Assert.Equal("First", (string)conflict["current"]!["keyResult"]!["title"]!);
        var after = await ReadKeyResultAsync(id);
        Assert.Equal(("First", 120m, 1), ((string)after["title"]!, (decimal)after["target"]!, (int)after["version"]!));
    }

    [Fact]
    public async Task Update_ConcurrentChangesFromTheSameVersion_OneWinsAndTheOthersAnswer409()
    {
        var (person, _, objective) = await WorldAsync();
        var id = IdOf(await MetricAsync(objective, person, baseline: 0m, target: 100m));
        await AssertOneConcurrentChangeWinsAsync(
            i => new { title = $"Take {i}", ownerPersonId = person, kind = "metric", baseline = 0m, target = 101m + i, version = 0 }, $"/api/v1/key-results/{id}");
        Assert.Equal(1, (int)(await ReadKeyResultAsync(id))["version"]!);
    }

    [Fact]
    public async Task Update_WithoutVersion_NamesVersionAndKeepsTarget()
    {
        var (person, _, objective) = await WorldAsync();
        var id = IdOf(await MetricAsync(objective, person, baseline: 0m, target: 100m));
        var problem = await PutAsync($"/api/v1/key-results/{id}",
            new { title = "No version", ownerPersonId = person, kind = "metric", baseline = 0m, target = 200m }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "version");
        Assert.Equal(100m, (decimal)(await ReadKeyResultAsync(id))["target"]!);
    }

    [Fact]
    public async Task Update_TargetWithReason_AppearsInAuditWithOldNewAndReason()
    {
        var (person, _, objective) = await WorldAsync();
        var id = IdOf(await MetricAsync(objective, person, baseline: 100m, target: 150m));

        await PutAsync($"/api/v1/key-results/{id}",
            new { title = "Raised", ownerPersonId = person, kind = "metric", baseline = 100m, target = 200m, version = 0, reason = "The market grew" });

        var entry = (await AuditOfAsync(id)).Single(e => (string)e!["field"]! == "Target")!;
        Assert.Equal("KeyResult", (string)entry["entityType"]!);
        Assert.Equal(150m, decimal.Parse((string)entry["oldValue"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(200m, decimal.Parse((string)entry["newValue"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("The market grew", (string?)entry["reason"]);
        Assert.Equal(OkraApp.Start, DateTimeOffset.Parse((string)entry["at"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Archive_KeyResult_LeavesObjectiveButGetAnswersArchived()
    {
        var (person, _, objective) = await WorldAsync();
        var id = IdOf(await MetricAsync(objective, person));

        await DeleteAsync($"/api/v1/key-results/{id}?reason=Replaced");

        Assert.Equal("archived", (string)(await ReadKeyResultAsync(id))["state"]!);
        Assert.Empty(await KeyResultsOfAsync(objective));
        var entry = (await AuditOfAsync(id)).Single(e => (string)e!["field"]! == "State")!;
        Assert.Equal(("Active", "Archived", "Replaced"), ((string?)entry["oldValue"], (string?)entry["newValue"], (string?)entry["reason"]));
    }

    [Fact]
    public async Task UnknownId_GetPutDeleteAndSubresources_Answer404()
    {
        await AssertUnknownIdAsync("/api/v1/key-results", new { title = "Nobody", kind = "milestone", version = 0 });
        var id = Guid.NewGuid();
        await GetAsync($"/api/v1/key-results/{id}/audit", HttpStatusCode.NotFound);
        await GetAsync($"/api/v1/key-results/{id}/check-ins", HttpStatusCode.NotFound);
        await GetAsync($"/api/v1/key-results/{id}/initiatives", HttpStatusCode.NotFound);
        await PostAsync($"/api/v1/key-results/{id}/score", new { score = 0.5m, reason = "x" }, HttpStatusCode.NotFound);
    }

    private async Task<JsonNode> ReadKeyResultAsync(Guid id) => (await GetAsync($"/api/v1/key-results/{id}"))["keyResult"]!;

    private async Task<JsonArray> KeyResultsOfAsync(Guid objective) =>
        (await GetAsync($"/api/v1/objectives/{objective}"))["objective"]!["keyResults"]!.AsArray();

    private async Task<JsonArray> AuditOfAsync(Guid id) => (await GetAsync($"/api/v1/key-results/{id}/audit")).AsArray();
}

public sealed class KeyResultsApiTests_Sqlite(SqliteApp app) : KeyResultsApiTests(app), IClassFixture<SqliteApp>;

public sealed class KeyResultsApiTests_Postgres(PostgresApp app) : KeyResultsApiTests(app), IClassFixture<PostgresApp>;

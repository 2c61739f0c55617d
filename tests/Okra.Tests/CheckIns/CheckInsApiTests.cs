using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.CheckIns;

public abstract class CheckInsApiTests(OkraApp app) : ScenarioTestBase(app)
{
    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public async Task Create_ConfidenceOutsideZeroToTen_NamesConfidenceAndWritesNothing(int confidence)
    {
        var (person, keyResult) = await MetricWorldAsync();
        var problem = await PostAsync($"/api/v1/key-results/{keyResult}/check-ins",
            new { date = "2027-02-10", value = 40m, confidence }, HttpStatusCode.BadRequest);
        AssertNamesField(problem, "confidence");
        Assert.Empty(await CheckInsOfAsync(keyResult));
    }

    [Fact]
    public async Task Create_OnArchivedKeyResult_NamesKeyResultIdAndWritesNothing()
    {
        var (person, keyResult) = await MetricWorldAsync();
        await DeleteAsync($"/api/v1/key-results/{keyResult}");

        var problem = await PostAsync($"/api/v1/key-results/{keyResult}/check-ins",
            new { date = "2027-02-10", value = 40m, confidence = 7 }, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "keyResultId");
        Assert.Empty(await CheckInsOfAsync(keyResult));
    }

    [Fact]
    public async Task Create_FutureDate_NamesDate()
    {
        var (_, keyResult) = await MetricWorldAsync();
        var body = new JsonObject { ["date"] = "2027-02-16", ["value"] = 40m, ["confidence"] = 7 };

        var problem = await PostAsync($"/api/v1/key-results/{keyResult}/check-ins", body, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "date");
        Assert.Empty(await CheckInsOfAsync(keyResult));
    }

    [Fact]
    public async Task Create_UnknownKeyResult_Answers404()
    {
        var person = await PersonAsync();
        await PostAsync($"/api/v1/key-results/{Guid.NewGuid()}/check-ins",
            new { date = "2027-02-10", value = 40m, confidence = 7 }, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Correct_WithReason_AppearsInKeyResultAuditAndProgress()
    {
        var (person, keyResult) = await MetricWorldAsync();
        var checkIn = IdOf((await CheckInAsync(keyResult, 40m, "2027-02-10"))["checkIn"]!);

        var corrected = await PutAsync($"/api/v1/check-ins/{checkIn}", new { value = 45m, confidence = 6, reason = "Typo: it was 45" });

        Assert.Equal(45m, (decimal)corrected["value"]!);
        var audit = (await GetAsync($"/api/v1/key-results/{keyResult}/audit")).AsArray();
        var value = audit.Single(e => (string)e!["field"]! == "Value")!;
        Assert.Equal(("CheckIn", checkIn), ((string)value["entityType"]!, Guid.Parse((string)value["entityId"]!)));
        Assert.Equal((40m, 45m), (Number(value["oldValue"]), Number(value["newValue"])));
        Assert.Equal("Typo: it was 45", (string?)value["reason"]);
        var confidence = audit.Single(e => (string)e!["field"]! == "Confidence")!;
        Assert.Equal(("7", "6"), ((string?)confidence["oldValue"], (string?)confidence["newValue"]));
        Assert.Equal(0.45m, (decimal)(await GetAsync($"/api/v1/key-results/{keyResult}"))["keyResult"]!["progress"]!);
    }

    [Fact]
    public async Task Correct_WithoutReason_NamesReasonAndKeepsValue()
    {
        var (person, keyResult) = await MetricWorldAsync();
        var checkIn = IdOf((await CheckInAsync(keyResult, 40m, "2027-02-10"))["checkIn"]!);

        var problem = await PutAsync($"/api/v1/check-ins/{checkIn}", new { value = 45m, confidence = 6 }, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "reason");
        Assert.Equal(40m, (decimal)(await GetAsync($"/api/v1/check-ins/{checkIn}"))["value"]!);
        Assert.DoesNotContain((await GetAsync($"/api/v1/key-results/{keyResult}/audit")).AsArray(), e => (string)e!["field"]! == "Value");
    }

    [Fact]
    public async Task Correct_ConfidenceAboveTen_NamesConfidenceAndKeepsCheckIn()
    {
        var (person, keyResult) = await MetricWorldAsync();
        var checkIn = IdOf((await CheckInAsync(keyResult, 40m, "2027-02-10"))["checkIn"]!);

        var problem = await PutAsync($"/api/v1/check-ins/{checkIn}", new { value = 45m, confidence = 11, reason = "Sure" }, HttpStatusCode.BadRequest);

        AssertNamesField(problem, "confidence");
        var after = await GetAsync($"/api/v1/check-ins/{checkIn}");
        Assert.Equal((40m, 7), ((decimal)after["value"]!, (int)after["confidence"]!));
    }

    [Fact]
    public async Task Retract_LatestCheckIn_NoLongerCountsInProgress()
    {
        var (person, keyResult) = await MetricWorldAsync();
        await CheckInAsync(keyResult, 40m, "2027-02-01");
        var latest = IdOf((await CheckInAsync(keyResult, 80m, "2027-02-10"))["checkIn"]!);
        Assert.Equal(0.8m, (decimal)(await GetAsync($"/api/v1/key-results/{keyResult}"))["keyResult"]!["progress"]!);

        await DeleteAsync($"/api/v1/check-ins/{latest}?reason=Counted%20twice");

        var after = (await GetAsync($"/api/v1/key-results/{keyResult}"))["keyResult"]!;
        Assert.Equal((0.4m, 40m), ((decimal)after["progress"]!, (decimal)after["currentValue"]!));
        Assert.True((bool)(await GetAsync($"/api/v1/check-ins/{latest}"))["isRetracted"]!);
        Assert.Equal(2, (await CheckInsOfAsync(keyResult)).Count);
        var entry = (await GetAsync($"/api/v1/key-results/{keyResult}/audit")).AsArray().Single(e => (string)e!["field"]! == "IsRetracted")!;
        Assert.Equal("Counted twice", (string?)entry["reason"]);
    }

    [Fact]
    public async Task UnknownId_GetPutDelete_Answer404()
    {
        await AssertUnknownIdAsync("/api/v1/check-ins", new { value = 1m, confidence = 5, reason = "Nobody" });
    }

    /// <summary>A person and a metric key result from 0 to 100 on their objective.</summary>
    private async Task<(Guid Person, Guid KeyResult)> MetricWorldAsync()
    {
        var (person, _, objective) = await WorldAsync();
        return (person, IdOf(await MetricAsync(objective, person, baseline: 0m, target: 100m)));
    }

    private async Task<JsonArray> CheckInsOfAsync(Guid keyResult) => (await GetAsync($"/api/v1/key-results/{keyResult}/check-ins")).AsArray();

    private static decimal Number(JsonNode? text) => decimal.Parse((string)text!, CultureInfo.InvariantCulture);
}

public sealed class CheckInsApiTests_Sqlite(SqliteApp app) : CheckInsApiTests(app), IClassFixture<SqliteApp>;

public sealed class CheckInsApiTests_Postgres(PostgresApp app) : CheckInsApiTests(app), IClassFixture<PostgresApp>;

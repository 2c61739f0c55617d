using System.Net;
using System.Text.Json.Nodes;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Reviews;

public abstract class ReviewsApiTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task Agenda_ListsOffTrackConfidenceDropsBlockersAndMissingCheckIns_OfTheReviewedTeams()
    {
        var (sales, cycle, behind, dropped, silent) = await SalesWorldAsync();
        var elsewhere = await TeamAsync();

        var review = await PostAsync("/api/v1/reviews", new { cycleId = cycle, title = "Sales weekly", kind = "weekly", date = "2027-02-15", teamIds = new[] { sales, elsewhere } });

        var agenda = review["agenda"]!;
        Assert.Contains(Ids(agenda["offTrack"]), id => id == behind);
        Assert.Equal(dropped, IdOf(agenda["confidenceDrops"]![0]!["item"]!["keyResult"]!));
        Assert.Equal((8, 5), ((int)agenda["confidenceDrops"]![0]!["from"]!, (int)agenda["confidenceDrops"]![0]!["to"]!));
        Assert.Equal("Legal review stuck", (string)agenda["blockers"]!.AsArray().Single()!["blockers"]!);
        Assert.Contains(silent, Ids(agenda["noCheckInThisWeek"]));
        Assert.DoesNotContain(dropped, Ids(agenda["noCheckInThisWeek"]));
        Assert.Single(agenda["sharedObjectives"]!.AsArray());
    }

    [Fact]
    public async Task ReEvaluation_ChangesTheTargetWithTheReasonInTheAuditTrail_AndRecordsADecision()
    {
        var (sales, cycle, behind, _, _) = await SalesWorldAsync();
        var review = IdOf(await PostAsync("/api/v1/reviews", new { cycleId = cycle, title = "Sales weekly", kind = "weekly", date = "2027-02-15", teamIds = new[] { sales } }));
        var version = (int)(await GetAsync($"/api/v1/key-results/{behind}"))["keyResult"]!["version"]!;

        var after = await PostAsync($"/api/v1/reviews/{review}/re-evaluations", new { keyResultId = behind, target = 60m, reason = "Two deals slipped to Q2", version }, HttpStatusCode.OK);

        Assert.Equal(60m, (decimal)(await GetAsync($"/api/v1/key-results/{behind}"))["keyResult"]!["target"]!);
        var audit = (await GetAsync($"/api/v1/key-results/{behind}/audit")).AsArray();
        var change = audit.Single(e => (string)e!["field"]! == "Target")!;
        Assert.Equal(("100", "60", "Two deals slipped to Q2"), ((string)change["oldValue"]!, (string)change["newValue"]!, (string)change["reason"]!));
        Assert.Contains("Two deals slipped to Q2", (string)after["decisions"]![0]!["text"]!, StringComparison.Ordinal);

        await PostAsync($"/api/v1/reviews/{review}/publish", new { }, HttpStatusCode.OK);
        AssertNamesField(await PostAsync($"/api/v1/reviews/{review}/decisions", new { text = "Late" }, HttpStatusCode.BadRequest), "reviewId");
    }

    [Fact]
    public async Task ReEvaluation_WithoutReason_NamesReasonAndChangesNothing()
    {
        var (sales, cycle, behind, _, _) = await SalesWorldAsync();
        var review = IdOf(await PostAsync("/api/v1/reviews", new { cycleId = cycle, title = "Sales weekly", kind = "weekly", date = "2027-02-15", teamIds = new[] { sales } }));

        AssertNamesField(await PostAsync($"/api/v1/reviews/{review}/re-evaluations", new { keyResultId = behind, target = 60m, version = 0 }, HttpStatusCode.BadRequest), "reason");

        Assert.Equal(100m, (decimal)(await GetAsync($"/api/v1/key-results/{behind}"))["keyResult"]!["target"]!);
        Assert.Empty((await GetAsync($"/api/v1/reviews/{review}"))["decisions"]!.AsArray());
    }

    /// <summary>
    /// Sales with an active team objective, shared with another team, of three key results on 15 Feb 2027: one far behind
    /// (10 of 100 at half the quarter), one whose confidence fell from 8 to 5 with a blocker, one without a check-in since January.
    /// </summary>
    private async Task<(Guid Sales, Guid Cycle, Guid Behind, Guid Dropped, Guid Silent)> SalesWorldAsync()
    {
        var sales = await TeamAsync();
        var partner = await TeamAsync();
        var seller = await PersonAsync();
        await PutAsync($"/api/v1/teams/{sales}/members/{seller}", new { role = "member" });
        var cycle = await CycleAsync();
        var objective = (await PostAsync("/api/v1/objectives", new { cycleId = cycle, title = "Win the region", level = "team", type = "committed", ownerTeamIds = new[] { sales, partner } }))["objective"]!;
        await PostAsync($"/api/v1/objectives/{IdOf(objective)}/status", new { status = "active", version = (int)objective["version"]! }, HttpStatusCode.OK);

        var behind = IdOf(await MetricAsync(IdOf(objective), seller));
        await CheckInAsync(behind, 10m, "2027-02-15");
        var dropped = IdOf(await MetricAsync(IdOf(objective), seller));
        await CheckInAsync(dropped, 45m, "2027-02-08", confidence: 8);
        await PostAsync($"/api/v1/key-results/{dropped}/check-ins", new { date = "2027-02-15", value = 48m, confidence = 5, blockers = "Legal review stuck" });
        var silent = IdOf(await MetricAsync(IdOf(objective), seller));
        await CheckInAsync(silent, 40m, "2027-01-20");
        return (sales, cycle, behind, dropped, silent);
    }

    private static IEnumerable<Guid> Ids(JsonNode? items) => items!.AsArray().Select(i => IdOf(i!["keyResult"]!));
}

public sealed class ReviewsApiTests_Sqlite(SqliteApp app) : ReviewsApiTests(app), IClassFixture<SqliteApp>;

public sealed class ReviewsApiTests_Postgres(PostgresApp app) : ReviewsApiTests(app), IClassFixture<PostgresApp>;

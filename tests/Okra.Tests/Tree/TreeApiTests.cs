using System.Text.Json.Nodes;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Tree;

/// <summary>
/// The tree's figures recomputed by hand (DESIGN §2). Today is 2027-02-15: 45 of the 89 days of 2027-Q1 have
/// passed, so expected progress is 45/89 = 0.5056.
/// </summary>
public abstract class TreeApiTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task Tree_MetricAndRecurringKeyResults_MatchHandComputedProgressAndStatus()
    {
        var (person, cycle, objective) = await WorldAsync();
        var mrr = IdOf(await KeyResultAsync(new
        {
            objectiveId = objective, title = "MRR +20 %", ownerPersonId = person, kind = "metric", unit = "currency", currency = "HUF",
            baseline = 10_000_000m, relativeChange = 0.20m,
        }));
        var calls = IdOf(await KeyResultAsync(new
        {
            objectiveId = objective, title = "20 cold calls a week", ownerPersonId = person, kind = "recurring", period = "week", targetPerPeriod = 20m,
        }));
        await CheckInAsync(mrr, 11_000_000m, "2027-02-12");
        await CheckInAsync(calls, 10m, "2027-02-05");
        await CheckInAsync(calls, 20m, "2027-02-12", confidence: 5);

        var tree = await GetAsync($"/api/v1/cycles/{cycle}/tree");
        var node = tree["objectives"]!.AsArray().Single(o => IdOf(o!) == objective)!;
        var krs = node["keyResults"]!.AsArray();
        var mrrNode = krs.Single(k => IdOf(k!) == mrr)!;
        var callsNode = krs.Single(k => IdOf(k!) == calls)!;

        // MRR: target = 10 000 000 × 1.20 = 12 000 000; (11 − 10) / (12 − 10) = 0.5 ≥ 0.5056 − 0.10 → on track.
        Assert.Equal(12_000_000m, (decimal)mrrNode["target"]!);
        Assert.Equal(0.5m, (decimal)mrrNode["progress"]!);
        Assert.Equal(0.5056m, (decimal)mrrNode["expected"]!);
        Assert.Equal("onTrack", (string)mrrNode["status"]!);

        // Cold calls: 14 sub-periods (Fri 1 Jan–Sun 3 Jan, 12 full weeks, Mon 29–Wed 31 Mar).
        // Week of 1–7 Feb: 10/20 = 0.5; week of 8–14 Feb: 20/20 = 1 → (0.5 + 1) / 14 = 0.10714 → off track (< 0.2556).
        // Seven weeks have ended, one of them met: hit rate 1/7.
        Assert.Equal(0.1071m, (decimal)callsNode["progress"]!);
        Assert.Equal("offTrack", (string)callsNode["status"]!);
        Assert.Equal(0.1429m, (decimal)callsNode["hitRate"]!);
        Assert.Equal(5, (int)callsNode["confidence"]!);

        // Objective: (0.5 + 0.10714) / 2 = 0.30357; 0.2556 ≤ 0.30357 < 0.4056 → at risk.
        Assert.Equal(0.3036m, (decimal)node["progress"]!);
        Assert.Equal("atRisk", (string)node["status"]!);
    }

    [Fact]
    public async Task Tree_ThresholdBrokenByLatestValue_IsOffTrack()
    {
        var (person, cycle, objective) = await WorldAsync();
        var handling = IdOf(await KeyResultAsync(new
        {
            objectiveId = objective, title = "Complaint handling ≤ 24 h", ownerPersonId = person, kind = "threshold",
            unit = "hours", comparison = "atMost", limit = 24m,
        }));
        await CheckInAsync(handling, 20m, "2027-02-03");
        await CheckInAsync(handling, 30m, "2027-02-10");

        var tree = await GetAsync($"/api/v1/cycles/{cycle}/tree");
        var kr = tree["objectives"]!.AsArray().Single(o => IdOf(o!) == objective)!["keyResults"]![0]!;
        // Seven weeks ended; only the week of 1–7 Feb kept ≤ 24 h → 1/7; the latest value 30 breaks the limit → off track.
        Assert.Equal(0.1429m, (decimal)kr["progress"]!);
        Assert.Equal("offTrack", (string)kr["status"]!);
    }

    [Fact]
    public async Task Tree_ChildAlignedToParent_IsNestedAndFilterKeepsAncestors()
    {
        var person = await PersonAsync();
        var cycle = await CycleAsync();
        var team = await TeamAsync();
        var company = IdOf(await ObjectiveAsync(cycle, person, "Company: grow", level: "company"));
        var teamObjective = IdOf((await PostAsync("/api/v1/objectives",
            new { cycleId = cycle, title = "Team: find markets", level = "team", ownerTeamIds = new[] { team }, parentObjectiveId = company }))["objective"]!);

        var tree = await GetAsync($"/api/v1/cycles/{cycle}/tree?level=team&q=markets");
        var root = tree["objectives"]!.AsArray().Single()!;
        Assert.Equal(company, IdOf(root));
        Assert.Equal(teamObjective, IdOf(root["children"]![0]!));
    }

    [Fact]
    public async Task Tree_TeamFilter_ShowsTheTeamsBranchWithTheUnfilteredRollUp()
    {
        // The team filter narrows the rows read in the database; the company objective above the team's must still show
        // the mean of all its children, the other team's included, exactly as in the whole tree.
        var person = await PersonAsync();
        var cycle = await CycleAsync();
        var ours = await TeamAsync("Ours");
        var theirs = await TeamAsync("Theirs");
        var company = IdOf(await ObjectiveAsync(cycle, person, "Company: grow", level: "company"));
        async Task<Guid> TeamObjectiveAsync(Guid team, string title, decimal value)
        {
            var objective = IdOf((await PostAsync("/api/v1/objectives",
                new { cycleId = cycle, title, level = "team", ownerTeamIds = new[] { team }, parentObjectiveId = company }))["objective"]!);
            await CheckInAsync(IdOf(await MetricAsync(objective, person)), value, "2027-02-10");
            return objective;
        }
        var ourObjective = await TeamObjectiveAsync(ours, "Ours: 20", 20m);
        await TeamObjectiveAsync(theirs, "Theirs: 60", 60m);

        var whole = (await GetAsync($"/api/v1/cycles/{cycle}/tree"))["objectives"]!.AsArray().Single(o => IdOf(o!) == company)!;
        var filtered = await GetAsync($"/api/v1/cycles/{cycle}/tree?teamId={ours}");
        var root = filtered["objectives"]!.AsArray().Single()!;
        Assert.Equal(company, IdOf(root));
        Assert.Equal(ourObjective, IdOf(root["children"]!.AsArray().Single()!));
        Assert.Equal(0.4m, (decimal)root["progress"]!); // (0.2 + 0.6) / 2
        Assert.Equal((decimal)whole["progress"]!, (decimal)root["progress"]!);
        Assert.Equal((string)whole["status"]!, (string)root["status"]!);
    }

    [Fact]
    public async Task Tree_TeamFilter_KeepsToTheCyclesOfTheTree_FindsMembersObjectives_AndLeavesArchivedOut()
    {
        // The team's objectives are found from the team, from its members' objectives and from its members' key results;
        // a quarter's tree leaves out the year above it and the next quarter, a year's tree holds its quarters.
        var member = await PersonAsync("Member");
        var outsider = await PersonAsync("Outsider");
        var ours = await TeamAsync();
        await PutAsync($"/api/v1/teams/{ours}/members/{member}", new { role = "member" });
        var (year, q1, q2) = (await CycleAsync("2027"), await CycleAsync("2027-Q1"), await CycleAsync("2027-Q2"));
        async Task<Guid> TeamObjectiveAsync(Guid cycle, string title, Guid? parent = null) => IdOf((await PostAsync("/api/v1/objectives",
            new { cycleId = cycle, title, level = "team", ownerTeamIds = new[] { ours }, parentObjectiveId = parent }))["objective"]!);

        var annual = IdOf(await ObjectiveAsync(year, outsider, "Year: grow", level: "company"));
        var teamQ1 = await TeamObjectiveAsync(q1, "Ours in Q1", annual);
        await MetricAsync(teamQ1, outsider);
        var membersOwn = IdOf(await ObjectiveAsync(q1, member, "Member's own"));
        var membersKeyResult = IdOf(await ObjectiveAsync(q1, outsider, "Outsider's, with the member's key result"));
        await MetricAsync(membersKeyResult, member);
        var othersQ1 = IdOf(await ObjectiveAsync(q1, outsider, "Not ours"));
        await MetricAsync(othersQ1, outsider);
        var teamQ2 = await TeamObjectiveAsync(q2, "Ours in Q2");
        var archived = await TeamObjectiveAsync(q1, "Ours, archived");
        var archivedParent = IdOf(await ObjectiveAsync(q1, outsider, "Archived parent"));
        var underArchived = await TeamObjectiveAsync(q1, "Ours, under an archived parent", archivedParent);
        await DeleteAsync($"/api/v1/objectives/{archived}");
        await DeleteAsync($"/api/v1/objectives/{archivedParent}");

        var quarter = await GetAsync($"/api/v1/cycles/{q1}/tree?teamId={ours}");
        Assert.Equal(new[] { teamQ1, membersOwn, membersKeyResult, underArchived }.Order(), Ids(quarter["objectives"]!).Order());
        Assert.Equal(4, (int)quarter["objectiveCount"]!);

        var wholeYear = await GetAsync($"/api/v1/cycles/{year}/tree?teamId={ours}");
        Assert.Equal(new[] { annual, teamQ1, membersOwn, membersKeyResult, underArchived, teamQ2 }.Order(), Ids(wholeYear["objectives"]!).Order());
        var root = wholeYear["objectives"]!.AsArray().Single(o => IdOf(o!) == annual)!;
        Assert.Equal(teamQ1, IdOf(root["children"]!.AsArray().Single()!));
    }

    private static IEnumerable<Guid> Ids(JsonNode objectives) =>
        objectives.AsArray().SelectMany(o => Ids(o!["children"]!).Prepend(IdOf(o!)));
}

public sealed class TreeApiTests_Sqlite(SqliteApp app) : TreeApiTests(app), IClassFixture<SqliteApp>;

public sealed class TreeApiTests_Postgres(PostgresApp app) : TreeApiTests(app), IClassFixture<PostgresApp>;

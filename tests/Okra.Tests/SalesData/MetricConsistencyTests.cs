using System.Globalization;
using System.Net;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.SalesData;

/// <summary>
/// Every metric computed a second way — plain LINQ over the raw rows sent, written here independently of the domain — and
/// compared with what the database path answers (<c>GET /api/v1/metrics/values</c>), for several filters and windows, on
/// both databases.
/// </summary>
public abstract class MetricConsistencyTests(OkraApp app) : ScenarioTestBase(app)
{
    private sealed record Cust(string Id, string Segment, string Market, Guid Owner);
    private sealed record DealRow(string Id, string Customer, decimal Amount, string Currency, DateOnly Closed, string Status, Guid Owner, string Type);
    private sealed record Mov(string Id, string Customer, DateOnly Date, string Kind, decimal Amount, string Currency);
    private sealed record Act(string Id, string Type, Guid Owner, DateOnly Date, string Customer);
    private sealed record Ans(string Id, string Customer, DateOnly Date, int Score);
    private sealed record Comp(string Id, string Customer, DateTime Opened, DateTime? Resolved);
    private sealed record Mkt(string Id, Guid Owner, DateOnly Identified, DateOnly? Validated);

    private static readonly DateOnly Q = new(2027, 1, 1);

    [Fact]
    public async Task EveryMetric_DatabasePath_EqualsPlainLinq()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var people = new[] { await PersonAsync("P1"), await PersonAsync("P2"), await PersonAsync("P3") };
        var team = await TeamAsync();
        await PutAsync($"/api/v1/teams/{team}/members/{people[0]}", new { role = "member" });
        await PutAsync($"/api/v1/teams/{team}/members/{people[1]}", new { role = "lead" });
        await PutAsync("/api/v1/sales/exchange-rates", new[] { new { currency = "EUR", validFrom = "2026-01-01", rate = 400m }, new { currency = "EUR", validFrom = "2027-02-01", rate = 410m } });
        const decimal Late = 410m, Early = 400m;
        decimal Huf(decimal amount, string currency, DateOnly day) => currency == "HUF" ? amount : amount * (day >= new DateOnly(2027, 2, 1) ? Late : Early);

        var random = new Random(5);
        string[] markets = [$"PL{tag}", $"CZ{tag}", $"HU{tag}"], segments = ["SMB", "ENT"];
        var customers = Enumerable.Range(0, 12).Select(i => new Cust($"c{tag}{i}", segments[i % 2], markets[i % 3], people[i % 3])).ToList();
        var deals = Enumerable.Range(0, 60).Select(i => new DealRow($"d{tag}{i}", customers[random.Next(12)].Id, random.Next(1, 500) * 1000m + 0.5m,
            i % 5 == 0 ? "EUR" : "HUF", Q.AddDays(random.Next(0, 45)), random.Next(3) switch { 0 => "lost", _ => "won" }, people[random.Next(3)],
            random.Next(3) switch { 0 => "new", 1 => "upsell", _ => "crossSell" })).ToList();
        var movements = Enumerable.Range(0, 40).Select(i => new Mov($"m{tag}{i}", customers[i % 12].Id, Q.AddDays(random.Next(-60, 45)),
            i < 12 ? "new" : random.Next(3) switch { 0 => "expansion", 1 => "contraction", _ => "churn" }, random.Next(1, 50) * 100m, i % 7 == 0 ? "EUR" : "HUF")).ToList();
        var activities = Enumerable.Range(0, 300).Select(i => new Act($"a{tag}{i}", random.Next(5) switch { 0 => "call", 1 => "coldCall", 2 => "meeting", 3 => "demo", _ => "email" },
            people[random.Next(3)], Q.AddDays(random.Next(0, 45)), customers[random.Next(12)].Id)).ToList();
        var answers = Enumerable.Range(0, 50).Select(i => new Ans($"s{tag}{i}", customers[random.Next(12)].Id, Q.AddDays(random.Next(0, 45)), random.Next(0, 11))).ToList();
        var complaints = Enumerable.Range(0, 30).Select(i =>
        {
            var opened = new DateTime(2027, 1, 1, 8, 0, 0, DateTimeKind.Utc).AddHours(random.Next(0, 44 * 24));
            return new Comp($"k{tag}{i}", customers[random.Next(12)].Id, opened, random.Next(4) == 0 ? null : opened.AddHours(random.Next(1, 100)));
        }).ToList();
        var marketRows = new[] { new Mkt(markets[0], people[0], Q.AddDays(10), Q.AddDays(20)), new Mkt(markets[1], people[1], Q.AddDays(-30), null) };

        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Instant(DateTime t) => t.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        await PostAsync("/api/v1/sales/customers", customers.Select(c => new { id = c.Id, name = c.Id, segment = c.Segment, market = c.Market, owner = c.Owner.ToString() }), HttpStatusCode.OK);
        await PostAsync("/api/v1/sales/deals", deals.Select(d => new { id = d.Id, customer = d.Customer, amount = d.Amount, currency = d.Currency, createdOn = "2026-12-01",
            closedOn = Day(d.Closed), status = d.Status, owner = d.Owner.ToString(), type = d.Type }), HttpStatusCode.OK);
        await PostAsync("/api/v1/sales/subscription-movements", movements.Select(m => new { id = m.Id, customer = m.Customer, date = Day(m.Date), kind = m.Kind, amount = m.Amount, currency = m.Currency }), HttpStatusCode.OK);
        await PostAsync("/api/v1/sales/activities", activities.Select(a => new { id = a.Id, type = a.Type, owner = a.Owner.ToString(), at = Day(a.Date) + "T10:00:00Z", customer = a.Customer }), HttpStatusCode.OK);
        await PostAsync("/api/v1/sales/survey-answers", answers.Select(a => new { id = a.Id, customer = a.Customer, at = Day(a.Date) + "T10:00:00Z", score = a.Score }), HttpStatusCode.OK);
        await PostAsync("/api/v1/sales/complaints", complaints.Select(c => new { id = c.Id, customer = c.Customer, openedAt = Instant(c.Opened), resolvedAt = c.Resolved is { } r ? Instant(r) : null }), HttpStatusCode.OK);
        await PostAsync("/api/v1/sales/markets", marketRows.Select(m => new { id = m.Id, name = m.Id, owner = m.Owner.ToString(), status = m.Validated is null ? "identified" : "validated",
            identifiedOn = Day(m.Identified), validatedOn = m.Validated is { } v ? Day(v) : null }), HttpStatusCode.OK);

        var byId = customers.ToDictionary(c => c.Id);
        static decimal R(decimal v) => Math.Round(v, 4, MidpointRounding.AwayFromZero);

        var filters = new (string Query, Func<Guid, bool> Owner, Func<Cust, bool> Cust, string? ActivityType, string? DealType)[]
        {
            ("", _ => true, _ => true, null, null),
            ($"ownerPersonId={people[0]}", o => o == people[0], _ => true, null, null),
            ($"teamId={team}", o => o == people[0] || o == people[1], _ => true, null, null),
            ($"market={markets[0]}", _ => true, c => c.Market == markets[0], null, null),
            ("segment=SMB", _ => true, c => c.Segment == "SMB", null, null),
            ("activityType=coldCall", _ => true, _ => true, "coldCall", null),
            ("dealType=upsell", _ => true, _ => true, null, "upsell"),
        };
        var windows = new[] { (Q, new DateOnly(2027, 1, 31)), (new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 14)), (Q, new DateOnly(2027, 2, 15)) };
        var mismatches = new List<string>();
        var checkedValues = 0;
        foreach (var (query, ownerOk, custOk, activityType, dealType) in filters)
        foreach (var (from, to) in windows)
        {
            bool In(DateOnly d) => d >= from && d <= to;
            bool CustomerOk(string id) => byId.TryGetValue(id, out var c) && ownerOk(c.Owner) && custOk(c);
            var won = deals.Where(d => d.Status == "won" && In(d.Closed) && ownerOk(d.Owner) && custOk(byId[d.Customer]) && (dealType is null || d.Type == dealType)).ToList();
            decimal Sum(IEnumerable<DealRow> ds) => R(ds.Sum(d => Huf(d.Amount, d.Currency, d.Closed)));
            var moves = movements.Where(m => CustomerOk(m.Customer)).ToList();
            decimal MrrOf(IEnumerable<Mov> ms, DateOnly at) => ms.Where(m => m.Date <= at).Sum(m => (m.Kind is "new" or "expansion" ? 1 : -1) * Huf(m.Amount, m.Currency, m.Date));
            var before = from.AddDays(-1);
            var payingBefore = moves.GroupBy(m => m.Customer).Where(g => MrrOf(g, before) > 0).Select(g => g.Key).ToHashSet();
            var acts = activities.Where(a => In(a.Date) && ownerOk(a.Owner) && custOk(byId[a.Customer])).ToList();
            var meetings = acts.Where(a => a.Type is "meeting" or "demo").GroupBy(a => a.Customer).ToDictionary(g => g.Key, g => g.Min(a => a.Date));
            var ans = answers.Where(a => In(a.Date) && CustomerOk(a.Customer)).ToList();
            var hours = complaints.Where(c => c.Resolved is { } r && In(DateOnly.FromDateTime(r)) && CustomerOk(c.Customer))
                .Select(c => (decimal)(c.Resolved!.Value - c.Opened).TotalHours).Order().ToList();
            var mkts = marketRows.Where(m => ownerOk(m.Owner) && (!query.StartsWith("market=", StringComparison.Ordinal) || m.Id == markets[0])).ToList(); // Markets have no segment: that filter does not apply to them.
            var paying = moves.GroupBy(m => m.Customer).Select(g => MrrOf(g, to)).Where(v => v > 0).ToList();

            var expected = new Dictionary<string, decimal?>
            {
                ["newCustomers"] = won.Where(d => d.Type == "new").Select(d => d.Customer).Distinct().Count(),
                ["dealsWon"] = won.Count,
                ["dealsWonValue"] = Sum(won),
                ["averageDealValue"] = won.Count == 0 ? null : R(won.Sum(d => Huf(d.Amount, d.Currency, d.Closed)) / won.Count),
                ["newCustomerRevenue"] = Sum(won.Where(d => d.Type == "new")),
                ["upsellRevenue"] = Sum(won.Where(d => d.Type == "upsell")),
                ["crossSellRevenue"] = Sum(won.Where(d => d.Type == "crossSell")),
                ["bdMarketRevenue"] = Sum(won.Where(d => marketRows.Any(m => m.Id == byId[d.Customer].Market && m.Identified <= d.Closed))),
                ["mrr"] = R(MrrOf(moves, to)),
                ["mrrGrowth"] = MrrOf(moves, before) == 0 ? null : R((MrrOf(moves, to) - MrrOf(moves, before)) / MrrOf(moves, before) * 100),
                ["netRevenueRetention"] = payingBefore.Count == 0 ? null
                    : R(MrrOf(moves.Where(m => payingBefore.Contains(m.Customer)), to) / moves.Where(m => payingBefore.Contains(m.Customer)).GroupBy(m => m.Customer).Sum(g => MrrOf(g, before)) * 100),
                ["averageCustomerValue"] = paying.Count == 0 ? null : R(paying.Sum() / paying.Count),
                ["activities"] = acts.Count(a => activityType is null || a.Type == activityType),
                ["meetingConversion"] = meetings.Count == 0 ? null
                    : R(100m * meetings.Count(m => won.Any(d => d.Customer == m.Key && d.Closed >= m.Value)) / meetings.Count),
                ["nps"] = ans.Count == 0 ? null : R(100m * (ans.Count(a => a.Score >= 9) - ans.Count(a => a.Score <= 6)) / ans.Count),
                ["surveyAnswers"] = ans.Count,
                ["complaintHandlingMedian"] = hours.Count == 0 ? null : R(hours.Count % 2 == 1 ? hours[hours.Count / 2] : (hours[hours.Count / 2 - 1] + hours[hours.Count / 2]) / 2),
                ["complaintHandlingMean"] = hours.Count == 0 ? null : R(hours.Sum() / hours.Count),
                ["complaintHandlingP90"] = hours.Count == 0 ? null : R(hours[(int)Math.Ceiling(0.9 * hours.Count) - 1]),
                ["openComplaints"] = complaints.Count(c => DateOnly.FromDateTime(c.Opened) <= to && (c.Resolved is null || DateOnly.FromDateTime(c.Resolved.Value) > to) && CustomerOk(c.Customer)),
                ["marketsIdentified"] = mkts.Count(m => In(m.Identified)),
                ["marketsValidated"] = mkts.Count(m => m.Validated is { } v && In(v)),
            };
            foreach (var (metric, value) in expected)
            {
                var url = $"/api/v1/metrics/values?metric={metric}&from={Day(from)}&to={Day(to)}&{query}";
                var actual = (decimal?)(await GetAsync(url))["values"]![0]!["value"];
                checkedValues++;
                if (actual != value) mismatches.Add($"{metric} [{query}] {Day(from)}..{Day(to)}: LINQ {value}, database {actual}");
            }
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {checkedValues} values differ:\n" + string.Join("\n", mismatches));
    }
}

public sealed class MetricConsistencyTests_Sqlite(SqliteApp app) : MetricConsistencyTests(app), IClassFixture<SqliteApp>;

public sealed class MetricConsistencyTests_Postgres(PostgresApp app) : MetricConsistencyTests(app), IClassFixture<PostgresApp>;

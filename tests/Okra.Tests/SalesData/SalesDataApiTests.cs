using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.SalesData;

/// <summary>Ingestion through the API (JSON, NDJSON, CSV), all or nothing and idempotent, and automatic key results with drill-down.</summary>
public abstract partial class SalesDataApiTests(OkraApp app) : ScenarioTestBase(app)
{
    private static string U(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private async Task<JsonNode> SendAsync(string url, string body, string contentType, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ReadAsync(await Client.PostAsync(url, new StringContent(body, Encoding.UTF8, contentType)), expected);

    private async Task<decimal?> ValueAsync(string metric, string query) =>
        (decimal?)(await GetAsync($"/api/v1/metrics/values?metric={metric}&{query}"))["values"]![0]!["value"];

    [Fact]
    public async Task Activities_SentTwice_AreUpdatedNotDuplicated()
    {
        var person = await PersonAsync();
        var ids = new[] { U("a"), U("a") };
        var body = new[]
        {
            new { id = ids[0], type = "coldCall", owner = person.ToString(), at = "2027-02-01T09:00:00Z" },
            new { id = ids[1], type = "cold call", owner = person.ToString(), at = "2027.02.02. 10:15" },
        };
        var first = await PostAsync("/api/v1/sales/activities", body, HttpStatusCode.OK);
        var second = await PostAsync("/api/v1/sales/activities", body, HttpStatusCode.OK);

        Assert.Equal((2, 0), ((int)first["inserted"]!, (int)first["updated"]!));
        Assert.Equal((0, 2), ((int)second["inserted"]!, (int)second["updated"]!));
        Assert.Equal(2m, await ValueAsync("activities", $"from=2027-02-01&to=2027-02-14&ownerPersonId={person}&activityType=coldCall"));
    }

    [Fact]
    public async Task ActivityOwners_AreFoundByIdEmailInAnyCaseOrUniqueName_AndAmbiguousOrUnknownOwnersAreRejected()
    {
        var unique = $"Réka Owner {Guid.NewGuid():N}";
        var email = $"{Guid.NewGuid():N}@example.test";
        var byName = await PersonAsync(unique);
        var byEmail = await PersonAsync("Someone Else", email);
        var namesake = $"Namesake {Guid.NewGuid():N}";
        await PersonAsync(namesake);
        await PersonAsync(namesake);
        var good = new[]
        {
            new { id = U("a"), type = "call", owner = unique, at = "2027-03-01" },
            new { id = U("a"), type = "call", owner = email.ToUpperInvariant(), at = "2027-03-01" },
            new { id = U("a"), type = "call", owner = byName.ToString(), at = "2027-03-01" },
        };
        Assert.Equal(3, (int)(await PostAsync("/api/v1/sales/activities", good, HttpStatusCode.OK))["inserted"]!);
        Assert.Equal(2m, await ValueAsync("activities", $"from=2027-03-01&to=2027-03-01&ownerPersonId={byName}"));
        Assert.Equal(1m, await ValueAsync("activities", $"from=2027-03-01&to=2027-03-01&ownerPersonId={byEmail}"));

        var bad = new[]
        {
            new { id = U("a"), type = "call", owner = unique, at = "2027-03-02" },
            new { id = U("a"), type = "call", owner = namesake, at = "2027-03-02" },
            new { id = U("a"), type = "call", owner = "nobody@example.test", at = "2027-03-02" },
        };
        var problem = await PostAsync("/api/v1/sales/activities", bad, HttpStatusCode.BadRequest);
        var rejected = problem["rejected"]!.AsArray();
        Assert.Equal([(2, "owner"), (3, "owner")], rejected.Select(r => ((int)r!["line"]!, (string)r["column"]!)).ToList());
        Assert.Contains("more than one person", (string)rejected[0]!["reason"]!, StringComparison.Ordinal);
        Assert.Contains("is not a person in Okra", (string)rejected[1]!["reason"]!, StringComparison.Ordinal);
        Assert.Equal(0m, await ValueAsync("activities", $"from=2027-03-02&to=2027-03-02&ownerPersonId={byName}"));
    }

    [Fact]
    public async Task Activity_MovedToAnotherDay_MovesItsCount()
    {
        var person = await PersonAsync();
        var id = U("a");
        await PostAsync("/api/v1/sales/activities", new[] { new { id, type = "call", owner = person.ToString(), at = "2027-02-01" } }, HttpStatusCode.OK);
        await PostAsync("/api/v1/sales/activities", new[] { new { id, type = "call", owner = person.ToString(), at = "2027-02-10" } }, HttpStatusCode.OK);

        Assert.Equal(0m, await ValueAsync("activities", $"from=2027-02-01&to=2027-02-01&ownerPersonId={person}"));
        Assert.Equal(1m, await ValueAsync("activities", $"from=2027-02-10&to=2027-02-10&ownerPersonId={person}"));
    }

    [Fact]
    public async Task Deals_WithBadRows_ListEveryRejectedRowAndWriteNothing()
    {
        var good = U("d");
        var body = new object[]
        {
            new { id = good, amount = "1 234,50", currency = "HUF", createdOn = "2027.01.15.", closedOn = "2027-02-01", status = "won" },
            new { id = U("d"), amount = "=SUM(A1:A3)", createdOn = "2027-01-15" },
            new { id = U("d"), amount = 10, currency = "XXY", createdOn = "2027-01-15" },
            new { id = U("d"), amount = -5, createdOn = "2027-01-15" },
            new { id = U("d"), amount = 5, createdOn = "15th of January" },
            new { amount = 5, createdOn = "2027-01-15" },
        };
        var problem = await PostAsync("/api/v1/sales/deals", body, HttpStatusCode.BadRequest);

        var rejected = problem["rejected"]!.AsArray().Select(r => ((int)r!["line"]!, (string)r["column"]!)).ToList();
        Assert.Equal([(2, "amount"), (3, "currency"), (4, "amount"), (5, "createdOn"), (6, "id")], rejected);
        AssertNamesField(problem, "rows[2].amount");
        Assert.Contains("formula", (string)problem["rejected"]![0]!["reason"]!, StringComparison.Ordinal);
        await GetAsync($"/api/v1/sales/records?type=deals&id={good}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Ndjson_LinesAreNumberedAndImported()
    {
        var person = await PersonAsync();
        var ok = U("s");
        var text = $$"""
            {"id":"{{ok}}","score":9,"at":"2027-02-03T10:00:00Z","customer":"C-1"}
            {"id":"{{U("s")}}","score":11,"at":"2027-02-03T10:00:00Z"}
            """;
        var problem = await SendAsync("/api/v1/sales/survey-answers", text, "application/x-ndjson", HttpStatusCode.BadRequest);
        Assert.Equal(2, (int)problem["rejected"]![0]!["line"]!);
        Assert.Equal("score", (string)problem["rejected"]![0]!["column"]!);

        var written = await SendAsync("/api/v1/sales/survey-answers", text.Split('\n')[0], "application/x-ndjson");
        Assert.Equal(1, (int)written["inserted"]!);
        _ = person;
    }

    [Fact]
    public async Task Csv_HubSpotPresetInWindows1250WithSemicolons_ImportsWithHungarianNumbersAndDates()
    {
        var owner = await PersonAsync("Kovács Ödön", $"{Guid.NewGuid():N}@example.test");
        var (won, open) = (U("hs"), U("hs"));
        var csv = $"Record ID;Deal Name;Deal Stage;Amount;Close Date;Create Date;Deal owner;Deal Type;Associated Company\r\n" +
                  $"{won};Árvíztűrő Kft.;Closed Won;1 234 567,50;2027.02.03.;2027.01.10.;Kovács Ödön;newbusiness;ÁRVÍZ\r\n" +
                  $"{open};Tükörfúró Zrt.;Appointment scheduled;100;;2027.01.11.;Kovács Ödön;existingbusiness;TÜKÖR\r\n";
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding(1250).GetBytes(csv);
        var response = await Client.PostAsync("/api/v1/sales/csv?type=deals&preset=hubspot", new ByteArrayContent(bytes));
        var report = await ReadAsync(response, HttpStatusCode.OK);
        Assert.Equal(2, (int)report["inserted"]!);

        var deal = await GetAsync($"/api/v1/sales/records?type=deals&id={won}");
        Assert.Equal(1_234_567.50m, (decimal)deal["record"]!["amount"]!);
        Assert.Equal("won", (string)deal["record"]!["status"]!);
        Assert.Equal("ÁRVÍZ", (string)deal["record"]!["customerExternalId"]!);
        Assert.Equal(owner, Guid.Parse((string)deal["record"]!["ownerPersonId"]!));
        Assert.Equal("upsell", (string)(await GetAsync($"/api/v1/sales/records?type=deals&id={open}"))["record"]!["type"]!);

        var again = await ReadAsync(await Client.PostAsync("/api/v1/sales/csv?type=deals&preset=hubspot", new ByteArrayContent(bytes)), HttpStatusCode.OK);
        Assert.Equal((0, 2), ((int)again["inserted"]!, (int)again["updated"]!));
    }

    [Fact]
    public async Task ColdCallsKeyResult_MovesAsActivitiesArrive_AndItsDrillDownListsExactlyThem()
    {
        var (person, _, objective) = await WorldAsync();
        var kr = IdOf(await KeyResultAsync(new { objectiveId = objective, title = "20 cold calls a week", ownerPersonId = person, kind = "recurring", period = "week", targetPerPeriod = 20m }));
        await PutAsync($"/api/v1/key-results/{kr}/metric", new { metric = "activities", ownerPersonId = person, activityType = "coldCall" });
        // Bound with no data yet: each week started so far (1 January is a Friday; 15 February, today, starts the eighth) has 0 calls.
        var empty = (await GetAsync($"/api/v1/key-results/{kr}/check-ins")).AsArray();
        Assert.Equal(8, empty.Count);
        Assert.All(empty, c => Assert.Equal((0m, "system"), ((decimal)c!["value"]!, (string)c["source"]!)));
        App.Clock.Advance(TimeSpan.FromMinutes(1));

        var calls = Enumerable.Range(0, 3).Select(_ => U("call")).ToArray();
        var other = U("call");
        var body = calls.Select((id, i) => new { id, type = "coldCall", owner = person.ToString(), at = $"2027-02-1{i}T09:00:00Z" })
            .Append(new { id = other, type = "meeting", owner = person.ToString(), at = "2027-02-12T09:00:00Z" }).ToArray();
        var report = await PostAsync("/api/v1/sales/activities", body, HttpStatusCode.OK);
        Assert.Equal(1, (int)report["keyResultsUpdated"]!);

        // 10, 11 and 12 February are Wednesday to Friday of the week of 8 February; the check-in describes its last day.
        var checkIns = (await GetAsync($"/api/v1/key-results/{kr}/check-ins")).AsArray();
        var latest = checkIns.First(c => (string)c!["date"]! == "2027-02-14")!;
        Assert.Equal("system", (string)latest["source"]!);
        Assert.Equal(3m, (decimal)latest["value"]!);
        Assert.Equal("2027-02-14", (string)latest["date"]!);

        var drill = await GetAsync($"/api/v1/key-results/{kr}/records?date=2027-02-10");
        Assert.Equal(calls.Order(), drill["records"]!.AsArray().Select(r => (string)r!["externalId"]!).Order());
        Assert.Equal(3m, (decimal)drill["value"]!);

        var record = await GetAsync($"/api/v1/sales/records?type=activities&id={calls[0]}");
        Assert.Equal(kr, Guid.Parse((string)record["keyResults"]![0]!["keyResultId"]!));
        Assert.Empty((await GetAsync($"/api/v1/sales/records?type=activities&id={other}"))["keyResults"]!.AsArray());

        // The same batch again changes nothing: no new check-in.
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var repeat = await PostAsync("/api/v1/sales/activities", body, HttpStatusCode.OK);
        Assert.Equal(0, (int)repeat["keyResultsUpdated"]!);
        Assert.Equal(checkIns.Count, (await GetAsync($"/api/v1/key-results/{kr}/check-ins")).AsArray().Count);
    }

    [Fact]
    public async Task NpsKeyResult_MovesAsSurveyAnswersArrive()
    {
        var (person, _, objective) = await WorldAsync();
        var market = U("m");
        var customer = U("c");
        await PostAsync("/api/v1/sales/customers", new[] { new { id = customer, name = "Survey Kft.", market } }, HttpStatusCode.OK);
        var kr = IdOf(await KeyResultAsync(new { objectiveId = objective, title = "NPS 40", ownerPersonId = person, kind = "metric", baseline = 20m, target = 40m, unit = "score" }));
        await PutAsync($"/api/v1/key-results/{kr}/metric", new { metric = "nps", market });

        await PostAsync("/api/v1/sales/survey-answers", new[] { new { id = U("s"), customer, score = 10, at = "2027-01-20" }, new { id = U("s"), customer, score = 5, at = "2027-02-01" } }, HttpStatusCode.OK);
        Assert.Equal(0m, (decimal)(await GetAsync($"/api/v1/key-results/{kr}/check-ins"))[0]!["value"]!);

        var third = U("s");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await PostAsync("/api/v1/sales/survey-answers", new[] { new { id = third, customer, score = 9, at = "2027-02-02" } }, HttpStatusCode.OK);
        // Two promoters, one detractor of three: 33.3333.
        Assert.Equal(33.3333m, (decimal)(await GetAsync($"/api/v1/key-results/{kr}/check-ins"))[0]!["value"]!);
        Assert.Equal(3, (await GetAsync($"/api/v1/key-results/{kr}/records"))["records"]!.AsArray().Count);
    }

    [Fact]
    public async Task Bind_Milestone_IsRefusedNamingMetric()
    {
        var (person, _, objective) = await WorldAsync();
        var kr = IdOf(await KeyResultAsync(new { objectiveId = objective, title = "Run the survey", ownerPersonId = person, kind = "milestone" }));
        AssertNamesField(await PutAsync($"/api/v1/key-results/{kr}/metric", new { metric = "nps" }, HttpStatusCode.BadRequest), "metric");
        AssertNamesField(await PutAsync($"/api/v1/key-results/{kr}/metric", new { metric = "noSuchMetric" }, HttpStatusCode.BadRequest), "metric");
    }

    [Fact]
    public async Task Catalogue_ListsEveryMetricWithFormulaAndUnit()
    {
        var metrics = (await GetAsync("/api/v1/metrics")).AsArray();
        Assert.Equal(Enum.GetValues<Okra.Domain.Metrics.MetricId>().Length, metrics.Count);
        Assert.All(metrics, m => Assert.False(string.IsNullOrWhiteSpace((string?)m!["formula"])));
        Assert.Contains(metrics, m => (string)m!["id"]! == "nps" && (string)m["unit"]! == "score");
    }
}

public sealed class SalesDataApiTests_Sqlite(SqliteApp app) : SalesDataApiTests(app), IClassFixture<SqliteApp>;

public sealed class SalesDataApiTests_Postgres(PostgresApp app) : SalesDataApiTests(app), IClassFixture<PostgresApp>;

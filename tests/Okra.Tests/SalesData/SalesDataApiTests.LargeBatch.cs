using System.Net;
using System.Text.Json.Nodes;

namespace Okra.Tests.SalesData;

/// <summary>Batches larger than one part of the PostgreSQL pipeline: all or nothing, ids repeated or stored in a later part.</summary>
public abstract partial class SalesDataApiTests
{
    /// <summary>More rows than one part of the PostgreSQL pipeline (parse and COPY overlapping), so that it runs there.</summary>
    private const int LargeBatch = Okra.SalesData.SalesIngestion.PipelinedPartRows + 7_000;

    private static List<string> CallLines(string prefix, Guid person) =>
        Enumerable.Range(0, LargeBatch).Select(i => $$"""{"id":"{{prefix}}-{{i}}","type":"call","owner":"{{person}}","at":"2027-04-0{{1 + i % 5}}T09:00:00Z"}""").ToList();

    [Fact]
    public async Task LargeBatch_BadRowAtTheVeryEnd_WritesNothingAndReportsEveryBadRow()
    {
        var person = await PersonAsync();
        var prefix = U("big");
        var lines = CallLines(prefix, person);
        lines[5] = lines[5].Replace("2027-04-01T09:00:00Z", "first of April", StringComparison.Ordinal);
        lines[^1] = lines[^1].Replace("\"call\"", "\"juggling\"", StringComparison.Ordinal);

        var problem = await SendAsync("/api/v1/sales/activities", string.Join('\n', lines), "application/x-ndjson", HttpStatusCode.BadRequest);

        var rejected = problem["rejected"]!.AsArray().Select(r => ((int)r!["line"]!, (string)r["column"]!)).ToList();
        Assert.Equal([(6, "at"), (LargeBatch, "type")], rejected);
        Assert.Equal(0m, await ValueAsync("activities", $"from=2027-04-01&to=2027-04-05&ownerPersonId={person}"));
        await GetAsync($"/api/v1/sales/records?type=activities&id={prefix}-0", HttpStatusCode.NotFound);
        await GetAsync($"/api/v1/sales/records?type=activities&id={prefix}-{LargeBatch - 2}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task LargeBatch_IdRepeatedInALaterPart_KeepsTheLastRow_AndSentAgainUpdatesWithoutDuplicates()
    {
        var person = await PersonAsync();
        var prefix = U("big");
        var lines = CallLines(prefix, person);
        // The last row repeats the first one's id, a part or more later, as a meeting on another day.
        lines[^1] = $$"""{"id":"{{prefix}}-0","type":"meeting","owner":"{{person}}","at":"2027-04-09T09:00:00Z"}""";
        var body = string.Join('\n', lines);

        var first = await SendAsync("/api/v1/sales/activities", body, "application/x-ndjson");
        var second = await SendAsync("/api/v1/sales/activities", body, "application/x-ndjson");

        Assert.Equal((LargeBatch - 1, 0), ((int)first["inserted"]!, (int)first["updated"]!));
        Assert.Equal((0, LargeBatch - 1), ((int)second["inserted"]!, (int)second["updated"]!));
        Assert.Equal(LargeBatch - 2, await ValueAsync("activities", $"from=2027-04-01&to=2027-04-05&ownerPersonId={person}&activityType=call"));
        Assert.Equal(1m, await ValueAsync("activities", $"from=2027-04-09&to=2027-04-09&ownerPersonId={person}&activityType=meeting"));
        Assert.Equal(LargeBatch - 1, await ValueAsync("activities", $"from=2027-04-01&to=2027-04-30&ownerPersonId={person}"));

        // Mixed: one row changed (a call becomes a meeting on another day), one new, one sent again unchanged.
        var mixed = new[]
        {
            $$"""{"id":"{{prefix}}-1","type":"meeting","owner":"{{person}}","at":"2027-04-09T10:00:00Z"}""",
            $$"""{"id":"{{prefix}}-new","type":"call","owner":"{{person}}","at":"2027-04-01T09:00:00Z"}""",
            lines[2],
        };
        var third = await SendAsync("/api/v1/sales/activities", string.Join('\n', mixed), "application/x-ndjson");
        Assert.Equal((1, 2), ((int)third["inserted"]!, (int)third["updated"]!));
        Assert.Equal(LargeBatch - 2, await ValueAsync("activities", $"from=2027-04-01&to=2027-04-05&ownerPersonId={person}&activityType=call"));
        Assert.Equal(2m, await ValueAsync("activities", $"from=2027-04-09&to=2027-04-09&ownerPersonId={person}&activityType=meeting"));
    }

    [Fact]
    public async Task LargeBatch_NewAtFirstButStoredInALaterPart_InsertsTheNewAndUpdatesTheStored()
    {
        var person = await PersonAsync();
        // A batch that is all new (on PostgreSQL it goes straight into the table, part by part).
        var fresh = await SendAsync("/api/v1/sales/activities", string.Join('\n', CallLines(U("big"), person)), "application/x-ndjson");
        Assert.Equal((LargeBatch, 0), ((int)fresh["inserted"]!, (int)fresh["updated"]!));
        var prefix = U("big");
        var lines = CallLines(prefix, person);
        // This batch's first part is all new (on PostgreSQL its rows start going straight into the table), but its last row
        // is stored already, as a meeting on another day.
        var stored = $$"""{"id":"{{prefix}}-{{LargeBatch - 1}}","type":"meeting","owner":"{{person}}","at":"2027-04-09T09:00:00Z"}""";
        Assert.Equal(1, (int)(await SendAsync("/api/v1/sales/activities", stored, "application/x-ndjson"))["inserted"]!);

        var report = await SendAsync("/api/v1/sales/activities", string.Join('\n', lines), "application/x-ndjson");

        Assert.Equal((LargeBatch - 1, 1), ((int)report["inserted"]!, (int)report["updated"]!));
        Assert.Equal(2 * LargeBatch, await ValueAsync("activities", $"from=2027-04-01&to=2027-04-05&ownerPersonId={person}&activityType=call"));
        Assert.Equal(0m, await ValueAsync("activities", $"from=2027-04-09&to=2027-04-09&ownerPersonId={person}"));
        var record = await GetAsync($"/api/v1/sales/records?type=activities&id={prefix}-{LargeBatch - 1}");
        Assert.Equal("call", (string)record["record"]!["type"]!);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Okra.Domain.Access;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Concurrency;

/// <summary>Many writers on one key result at the same moment, through the real pipeline and database.</summary>
public abstract class ConcurrencyTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task TwoPeopleEditTheSameKeyResult_OneWinsTheOtherGets409WithTheWinnersVersion()
    {
        var (owner, _, objective) = await WorldAsync();
        var id = IdOf(await MetricAsync(objective, owner, baseline: 0m, target: 100m));
        using var ownerClient = App.ClientFor(await App.AccountAsync(AccountRole.Member, owner));
        HttpClient[] people = [Client, ownerClient];

        // Several rounds, each from the version the last one left, so that both orders of arrival occur.
        for (var version = 0; version < 6; version++)
        {
            var v = version;
            var responses = await Task.WhenAll(people.Select((client, who) => Task.Run(() => client.PutAsJsonAsync($"/api/v1/key-results/{id}",
                new { title = $"Round {v} by {who}", ownerPersonId = owner, kind = "metric", baseline = 0m, target = 100m + who, version = v }, Json))));

            var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            var loser = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.OK);
            await ReadAsync(winner, HttpStatusCode.OK);
            var conflict = await ReadAsync(loser, HttpStatusCode.Conflict);
            Assert.Equal(v + 1, (int)conflict["currentVersion"]!);
            var current = await GetAsync($"/api/v1/key-results/{id}");
            Assert.Equal((string)current["keyResult"]!["title"]!, (string)conflict["current"]!["keyResult"]!["title"]!);
            Assert.Equal(v + 1, (int)current["keyResult"]!["version"]!);
            Assert.StartsWith($"Round {v} by ", (string)current["keyResult"]!["title"]!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HundredConcurrentCheckIns_AllLandOnceAndTheLatestDecidesTheValue()
    {
        var (owner, _, objective) = await WorldAsync();
        var id = IdOf(await MetricAsync(objective, owner, baseline: 0m, target: 200m));
        using var ownerClient = App.ClientFor(await App.AccountAsync(AccountRole.Member, owner));
        HttpClient[] writers = [Client, ownerClient];

        // Values 0…99 on dates 1 January…13 February; the one of value 99 alone on 15 February (today) is the latest.
        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => writers[i % 2].PostAsJsonAsync(
            $"/api/v1/key-results/{id}/check-ins",
            new { date = i == 99 ? "2027-02-15" : new DateOnly(2027, 1, 1).AddDays(i % 44).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), value = (decimal)i, confidence = i % 11 },
            Json))));

        foreach (var response in responses) await ReadAsync(response, HttpStatusCode.Created);
        var checkIns = (await GetAsync($"/api/v1/key-results/{id}/check-ins")).AsArray();
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (decimal)i), checkIns.Select(c => (decimal)c!["value"]!).Order());
        var keyResult = (await GetAsync($"/api/v1/key-results/{id}"))["keyResult"]!;
        Assert.Equal((99m, 0.495m), ((decimal)keyResult["currentValue"]!, (decimal)keyResult["progress"]!));
    }
}

public sealed class ConcurrencyTests_Sqlite(SqliteApp app) : ConcurrencyTests(app), IClassFixture<SqliteApp>;

public sealed class ConcurrencyTests_Postgres(PostgresApp app) : ConcurrencyTests(app), IClassFixture<PostgresApp>;

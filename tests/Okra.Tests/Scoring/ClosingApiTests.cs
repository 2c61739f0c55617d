using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Okra.Data;
using Okra.Domain.Common;
using Okra.Domain.Initiatives;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Scoring;

public abstract class ClosingApiTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task Close_ScoresByDesign_AwardsTheBar_AndMakesTheCycleReadOnly()
    {
        var (person, cycle, objective, keyResult) = await ClosableWorldAsync("2026-Q4", "2026-10-01", "2026-12-31");
        var second = await MetricAsync(objective, person);
        await CheckInAsync(IdOf(keyResult), 100m, "2026-12-20");
        await CheckInAsync(IdOf(second), 65m, "2026-12-20");
        var checkIn = await CheckInAsync(IdOf(second), 66m, "2026-12-21");

        var closed = await PostAsync($"/api/v1/cycles/{cycle}/close", new { }, HttpStatusCode.OK);

        var scored = closed["objectives"]!.AsArray().Single(o => IdOf(o!) == objective)!;
        // DESIGN §2: 1.0 and 0.66 → 0.7; the objective's score is their weighted mean, 0.85, below a committed objective's bar.
        Assert.Equal([1.0m, 0.7m], scored["keyResults"]!.AsArray().Select(k => (decimal)k!["score"]!).ToArray());
        Assert.Equal(0.85m, (decimal)scored["score"]!);
        Assert.False((bool)scored["metBar"]!);
        var feed = (await GetAsync($"/api/v1/recognition?cycleId={cycle}")).AsArray();
        Assert.Single(feed, e => (string)e!["type"]! == "achievement" && (string)e["achievementKind"]! == "keyResultAchieved");

        var refusals = new[]
        {
            await Client.PostAsJsonAsync($"/api/v1/key-results/{IdOf(second)}/check-ins", new { date = "2026-12-22", value = 70m, confidence = 7 }, Json),
            await Client.PutAsJsonAsync($"/api/v1/check-ins/{IdOf(checkIn["checkIn"]!)}", new { value = 1m, confidence = 1, reason = "late" }, Json),
            await Client.PostAsJsonAsync($"/api/v1/key-results/{IdOf(second)}/score", new { score = 1m, reason = "late" }, Json),
            await Client.PostAsJsonAsync("/api/v1/key-results", new { objectiveId = objective, title = "More", ownerPersonId = person, kind = "metric", baseline = 0m, target = 5m }, Json),
            await Client.DeleteAsync($"/api/v1/key-results/{IdOf(second)}"),
            await Client.PostAsJsonAsync("/api/v1/objectives", new { cycleId = cycle, title = "Late", level = "personal", type = "committed", ownerPersonId = person }, Json),
        };
        foreach (var refused in refusals)
        {
            // The closed cycle's reason, or (for a new key result) the closed objective's own.
            var problem = await ReadAsync(refused, HttpStatusCode.BadRequest);
            Assert.Contains(" closed", problem["errors"]!.ToJsonString(), StringComparison.Ordinal);
        }
        await PostAsync($"/api/v1/cycles/{cycle}/close", new { }, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Close_CommittedObjectiveAtOne_IsAnAchievementOfItsOwner()
    {
        var (person, cycle, objective, keyResult) = await ClosableWorldAsync("2026-Q3", "2026-07-01", "2026-09-30");
        await CheckInAsync(IdOf(keyResult), 100m, "2026-09-20");

        var closed = await PostAsync($"/api/v1/cycles/{cycle}/close", new { }, HttpStatusCode.OK);

        Assert.True((bool)closed["objectives"]!.AsArray().Single(o => IdOf(o!) == objective)!["metBar"]!);
        var summary = await GetAsync($"/api/v1/recognition/summary?cycleId={cycle}");
        Assert.Equal(2, (int)summary["people"]!.AsArray().Single(p => IdOf(p!) == person)!["achievements"]!);
        // Both achievements ring the owner's bell, each linking to what it recognises.
        using var owner = App.ClientFor(await App.AccountAsync(Okra.Domain.Access.AccountRole.Member, person));
        var bell = (await ReadAsync(await owner.GetAsync("/api/v1/notifications"), HttpStatusCode.OK))["items"]!.AsArray();
        Assert.Equal([$"/key-results/{IdOf(keyResult)}", $"/objectives/{objective}"], bell.Select(n => (string)n!["link"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CarryOver_CopiesObjectiveAndKeyResultsIntoTheNextCycle_WithALinkBack()
    {
        var (_, cycle, objective, keyResult) = await ClosableWorldAsync("2026-Q2", "2026-04-01", "2026-06-30");
        await PostAsync($"/api/v1/cycles/{cycle}/close", new { }, HttpStatusCode.OK);
        var next = await CycleAsync();

        var copy = (await PostAsync($"/api/v1/objectives/{objective}/carry-over", new { cycleId = next }))["objective"]!;

        Assert.Equal(next, Guid.Parse((string)copy["cycleId"]!));
        Assert.Equal("draft", (string)copy["workflowStatus"]!);
        Assert.Equal((string)keyResult["title"]!, (string)copy["keyResults"]![0]!["title"]!);
        var scores = await GetAsync($"/api/v1/cycles/{next}/scores");
        Assert.DoesNotContain(scores["objectives"]!.AsArray(), o => IdOf(o!) == IdOf(copy));
        AssertNamesField(await PostAsync($"/api/v1/objectives/{IdOf(copy)}/carry-over", new { cycleId = cycle }, HttpStatusCode.BadRequest), "cycleId");
    }

    [Fact]
    public async Task APooledContext_ForgetsTheLastUnitOfWork_AndStillGuardsTheClosedCycle()
    {
        var (_, cycle, _, keyResult) = await ClosableWorldAsync("2026-Q1", "2026-01-01", "2026-03-31");
        await PostAsync($"/api/v1/cycles/{cycle}/close", new { }, HttpStatusCode.OK);

        OkraDbContext last;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            last = scope.ServiceProvider.GetRequiredService<OkraDbContext>();
            (last.Audit.Actor, last.Audit.Reason, last.Audit.Enabled) = ("someone@example.com", "the last unit of work's reason", false);
            last.ReadInOpenCycle(IdOf(keyResult));
        }
        // The pool hands its contexts out oldest first: take them until the one above comes back, so that what follows
        // is about a reused context (the scopes stay open meanwhile, keeping the others out of the pool).
        var scopes = new List<AsyncServiceScope>();
        try
        {
            OkraDbContext next;
            do
            {
                scopes.Add(App.Services.CreateAsyncScope());
                next = scopes[^1].ServiceProvider.GetRequiredService<OkraDbContext>();
            } while (!ReferenceEquals(next, last) && scopes.Count < 1024);
            Assert.Same(last, next);
            Assert.Equal(("system", (string?)null, true), (next.Audit.Actor, next.Audit.Reason, next.Audit.Enabled));
            Assert.Same(App.Clock, next.Clock);
            // The last unit of work vouched for the key result's cycle as read open; this one did not, so the guard asks.
            next.Initiatives.Add(new Initiative(IdOf(keyResult), "Left over"));
            var refused = await Assert.ThrowsAsync<DomainValidationException>(() => next.SaveChangesAsync());
            Assert.Contains("closed", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var scope in scopes) await scope.DisposeAsync();
        }
    }

    /// <summary>A cycle that ended before the test's today, with an active personal objective and a metric key result 0 → 100.</summary>
    private async Task<(Guid Person, Guid Cycle, Guid Objective, JsonNode KeyResult)> ClosableWorldAsync(string name, string start, string end)
    {
        var person = await PersonAsync();
        var cycle = IdOf(await PostAsync("/api/v1/cycles", new { name, kind = "quarter", startDate = start, endDate = end }));
        var objective = await ObjectiveAsync(cycle, person, "Grow renewals");
        var version = (int)(await PostAsync($"/api/v1/objectives/{IdOf(objective)}/status", new { status = "active", version = (int)objective["version"]! }, HttpStatusCode.OK))["objective"]!["version"]!;
        Assert.True(version > 0);
        return (person, cycle, IdOf(objective), await MetricAsync(IdOf(objective), person));
    }
}

public sealed class ClosingApiTests_Sqlite(SqliteApp app) : ClosingApiTests(app), IClassFixture<SqliteApp>;

public sealed class ClosingApiTests_Postgres(PostgresApp app) : ClosingApiTests(app), IClassFixture<PostgresApp>;

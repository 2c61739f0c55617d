using System.Text.Json.Nodes;

namespace Okra.Tests.Infrastructure;

/// <summary>Builds the usual small world through the public API: a person, a team, the 2027-Q1 cycle, an objective.</summary>
public abstract class ScenarioTestBase(OkraApp app) : ApiTestBase(app)
{
    protected async Task<Guid> PersonAsync(string name = "Anna Kovács", string? email = null) =>
        IdOf(await PostAsync("/api/v1/people", new { name, email = email ?? $"{Guid.NewGuid():N}@example.test", locale = "hu" }));

    protected async Task<Guid> TeamAsync(string? name = null, string kind = "sales", Guid? parentTeamId = null) =>
        IdOf(await PostAsync("/api/v1/teams", new { name = name ?? $"Team {Guid.NewGuid():N}", kind, parentTeamId }));

    /// <summary>The named cycle, created once per database.</summary>
    protected async Task<Guid> CycleAsync(string name = "2027-Q1")
    {
        var cycles = (await GetAsync("/api/v1/cycles")).AsArray();
        var existing = cycles.FirstOrDefault(c => (string)c!["name"]! == name);
        return existing is not null ? IdOf(existing) : IdOf(await PostAsync("/api/v1/cycles", new { name }));
    }

    protected async Task<JsonNode> ObjectiveAsync(Guid cycleId, Guid ownerPersonId, string title = "Increase MRR by 20 %",
        string level = "personal", Guid? parentObjectiveId = null, string type = "committed") =>
        (await PostAsync("/api/v1/objectives", new { cycleId, title, level, type, ownerPersonId, parentObjectiveId }))["objective"]!;

    protected async Task<JsonNode> KeyResultAsync(object body) => (await PostAsync("/api/v1/key-results", body))["keyResult"]!;

    /// <summary>A metric key result from <paramref name="baseline"/> to <paramref name="target"/>.</summary>
    protected async Task<JsonNode> MetricAsync(Guid objectiveId, Guid ownerPersonId, decimal baseline = 0m, decimal target = 100m) =>
        await KeyResultAsync(new { objectiveId, title = $"Metric {Guid.NewGuid():N}", ownerPersonId, kind = "metric", baseline, target });

    protected async Task<JsonNode> CheckInAsync(Guid keyResultId, decimal value, string date, int confidence = 7) =>
        await PostAsync($"/api/v1/key-results/{keyResultId}/check-ins", new { date, value, confidence });

    /// <summary>A person owning a personal objective in 2027-Q1.</summary>
    protected async Task<(Guid Person, Guid Cycle, Guid Objective)> WorldAsync()
    {
        var person = await PersonAsync();
        var cycle = await CycleAsync();
        var objective = IdOf(await ObjectiveAsync(cycle, person));
        return (person, cycle, objective);
    }
}

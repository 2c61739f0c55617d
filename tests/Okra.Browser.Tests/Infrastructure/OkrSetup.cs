using System.Text.Json;

namespace Okra.Browser.Tests.Infrastructure;

/// <summary>
/// Objectives and key results a test makes for itself through the API (with the browser's session), so that it never
/// changes the demo objects other tests count.
/// </summary>
public static class OkrSetup
{
    /// <summary>POSTs <paramref name="body"/> as JSON and answers the created resource.</summary>
    public static async Task<JsonElement> PostApiAsync(this IPage page, string path, object body)
    {
        var response = await page.Context.APIRequest.PostAsync(path, new() { DataObject = body });
        Assert.True(response.Ok, $"POST {path}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>The id of the cycle running today.</summary>
    public static async Task<string> CurrentCycleAsync(this IPage page) =>
        (await page.ApiAsync("/api/v1/cycles/current")).GetProperty("id").GetString()!;

    /// <summary>The signed-in person's id.</summary>
    public static async Task<string> MyPersonIdAsync(this IPage page) =>
        (await page.ApiAsync("/api/v1/auth/me")).GetProperty("personId").GetString()!;

    /// <summary>A personal objective of the signed-in person in the current cycle, with one metric key result (40 → 60) they own.</summary>
    public static async Task<(string ObjectiveId, string KeyResultId)> PersonalMetricAsync(this IPage page, string title)
    {
        var me = await page.MyPersonIdAsync();
        var objective = await page.PostApiAsync("/api/v1/objectives", new
        {
            cycleId = await page.CurrentCycleAsync(), title, level = "personal", type = "committed", ownerPersonId = me,
        });
        var id = objective.GetProperty("objective").GetProperty("id").GetString()!;
        var keyResult = await page.PostApiAsync("/api/v1/key-results", new
        {
            objectiveId = id, title = title + " – demos booked", ownerPersonId = me, kind = "metric", baseline = 40, target = 60,
        });
        return (id, keyResult.GetProperty("keyResult").GetProperty("id").GetString()!);
    }

    /// <summary>Every objective of a tree answer, children included.</summary>
    public static IEnumerable<JsonElement> Flatten(JsonElement nodes) =>
        nodes.EnumerateArray().SelectMany(n => Flatten(n.GetProperty("children")).Prepend(n));
}

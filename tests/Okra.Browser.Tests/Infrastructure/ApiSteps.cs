using System.Text.Json;

namespace Okra.Browser.Tests.Infrastructure;

/// <summary>Sets up a test's own data through the JSON API, with the browser's session cookie.</summary>
public static class ApiSteps
{
    /// <summary>POSTs (or PUTs) <paramref name="body"/> as JSON and answers the response's JSON, failing on an error status.</summary>
    public static async Task<JsonElement> SendApiAsync(this IPage page, string method, string path, object body)
    {
        var response = await page.Context.APIRequest.FetchAsync(path, new() { Method = method, DataObject = body });
        Assert.True(response.Ok, $"{method} {path}: {response.Status} {await response.TextAsync()}");
        var text = await response.TextAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The id of the demo person with <paramref name="email"/>.</summary>
    public static async Task<string> PersonIdAsync(this IPage page, string email) =>
        (await page.ApiAsync("/api/v1/people")).EnumerateArray().First(p => p.GetProperty("email").GetString() == email).GetProperty("id").GetString()!;

    /// <summary>
    /// An active personal objective of <paramref name="ownerEmail"/> in the current cycle with one metric key result (0 → 100
    /// customers) that nobody has checked in on: made by an admin's <paramref name="page"/>, so no other test counts it.
    /// </summary>
    public static async Task<(string ObjectiveId, string KeyResultId)> FreshKeyResultAsync(this IPage page, string ownerEmail, string title)
    {
        var cycle = (await page.ApiAsync("/api/v1/cycles/current")).GetProperty("id").GetString();
        var owner = await page.PersonIdAsync(ownerEmail);
        var objective = (await page.SendApiAsync("POST", "/api/v1/objectives", new
        {
            cycleId = cycle, title = title + " (objective)", level = "personal", type = "committed", ownerPersonId = owner,
        })).GetProperty("objective").GetProperty("id").GetString()!;
        var keyResult = (await page.SendApiAsync("POST", "/api/v1/key-results", new
        {
            objectiveId = objective, title, ownerPersonId = owner, kind = "metric", unit = "count", baseline = 0, target = 100,
        })).GetProperty("keyResult").GetProperty("id").GetString()!;
        var current = await page.ApiAsync($"/api/v1/objectives/{objective}");
        await page.SendApiAsync("POST", $"/api/v1/objectives/{objective}/status", new { status = "active", version = current.GetProperty("objective").GetProperty("version").GetInt32() });
        return (objective, keyResult);
    }
}

using System.Text;
using System.Text.Json;

namespace Okra.Browser.Tests.Infrastructure;

/// <summary>Sales data a test sends for itself: CSV files on disk and records through the API with a token.</summary>
public static class SalesSteps
{
    static SalesSteps() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Writes <paramref name="lines"/> as a Windows-1250 file (as Hungarian Excel saves CSV) and answers its path.</summary>
    public static string Windows1250Csv(string name, params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding(1250).GetBytes(string.Join("\r\n", lines) + "\r\n"));
        return path;
    }

    /// <summary>A write token of the signed-in person.</summary>
    public static async Task<string> WriteTokenAsync(this IPage page) =>
        (await page.SendApiAsync("POST", "/api/v1/tokens", new { name = $"sales test {Guid.NewGuid():N}"[..24], scope = "write", expiresInDays = 1 }))
            .GetProperty("secret").GetString()!;

    /// <summary>POSTs records to <c>/api/v1/sales/{type}</c> with <paramref name="token"/> (no session cookie) and answers the report.</summary>
    public static async Task<JsonElement> SendRecordsAsync(this BrowserApp app, string token, string type, object records)
    {
        using var client = new HttpClient { BaseAddress = app.Server.Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await client.PostAsync($"/api/v1/sales/{type}",
            new StringContent(JsonSerializer.Serialize(records), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/v1/sales/{type}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>
/// Closing a cycle made for this test alone (the demo's current quarter stays open for every other test): the page scores it
/// as DESIGN §2 says, and after closing it the cycle takes no more check-ins.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class CycleCloseTests(BrowserApp app)
{
    [Fact]
    public async Task CloseCycle_ShowsTheScores_ThenRefusesCheckIns()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Anna);
        await page.UseLanguageAsync("en");
        var name = $"Close {Guid.NewGuid():N}"[..20];
        var cycle = (await page.SendApiAsync("POST", "/api/v1/cycles", new { name, kind = "quarter", startDate = "2020-01-01", endDate = "2020-03-31" })).GetProperty("id").GetString();
        var owner = await page.PersonIdAsync(Demo.Eszter);
        var objective = (await page.SendApiAsync("POST", "/api/v1/objectives", new { cycleId = cycle, title = $"Grow renewals {name}", level = "personal", type = "committed", ownerPersonId = owner }))
            .GetProperty("objective");
        await page.SendApiAsync("POST", $"/api/v1/objectives/{objective.GetProperty("id").GetString()}/status", new { status = "active", version = objective.GetProperty("version").GetInt32() });
        var keyResult = (await page.SendApiAsync("POST", "/api/v1/key-results", new { objectiveId = objective.GetProperty("id").GetString(), title = "Renew 100 contracts", ownerPersonId = owner, kind = "metric", baseline = 0, target = 100 }))
            .GetProperty("keyResult").GetProperty("id").GetString();
        await page.SendApiAsync("POST", $"/api/v1/key-results/{keyResult}/check-ins", new { date = "2020-03-20", value = 65, confidence = 6 });

        await page.GotoAsync($"/cycles/{cycle}/close");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Scores and close: {name}", Level = 1 })).ToBeVisibleAsync();
        // 65 of 100 scores 0.7 (rounded half away from zero); the committed objective's score is 0.7, below its bar of 1.
        var card = page.Locator($"[data-objective='Grow renewals {name}']");
        await Expect(card.GetByTestId("objective-score")).ToHaveTextAsync("0.7");
        await Expect(card).ToContainTextAsync("Below the bar of 1");
        await Expect(card.GetByRole(AriaRole.Row, new() { Name = "Renew 100 contracts" })).ToContainTextAsync("65%");

        await page.GetByRole(AriaRole.Button, new() { Name = "Close cycle" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Close cycle" }).ClickAsync();
        await Expect(page.GetByTestId("cycle-state")).ToHaveTextAsync("Closed by Kovács Anna, read-only");
        await page.KeepScreenshotAsync("cycle-close-en");

        var refused = await page.Context.APIRequest.PostAsync($"/api/v1/key-results/{keyResult}/check-ins", new() { DataObject = new { date = "2020-03-25", value = 90, confidence = 8 } });
        Assert.Equal(400, refused.Status);
        Assert.Contains("closed", await refused.TextAsync(), StringComparison.Ordinal);
    }
}

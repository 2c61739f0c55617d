using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>
/// An automatic key result as its owner's manager sets it up: a fresh key result (no other test counts it) bound to
/// "activities by type: cold call" in a market of its own, so that only this test's activities count; the value moves as
/// activities arrive through the API with a token, and its drill-down lists exactly those activities.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SalesMetricTests(BrowserApp app)
{
    [Fact]
    public async Task ColdCallKeyResult_BoundInTheUi_MovesAsActivitiesArrive_AndDrillsDownToThem()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var title = $"Cold calls in market {run}";
        var market = $"mkt-{run}";
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Anna);
        await page.UseLanguageAsync("en");
        var (_, keyResultId) = await page.FreshKeyResultAsync(Demo.Eszter, title);
        var token = await page.WriteTokenAsync();
        await app.SendRecordsAsync(token, "customers", new[] { new { id = $"cust-{run}", name = $"Customer {run}", market, owner = Demo.Eszter } });

        await page.GotoAsync($"/key-results/{keyResultId}");
        await page.WaitForInteractiveAsync();
        var panel = page.GetByTestId("sales-panel");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Connect to sales data" }).ClickAsync();
        await PickAsync(page, panel, "Activity type", "cold call");
        await PickAsync(page, panel, "Market", market);
        await Expect(panel.GetByTestId("bind-preview")).ToContainTextAsync("0");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Connect", Exact = true }).ClickAsync();
        await Expect(panel.GetByTestId("bound-metric")).ToHaveTextAsync("Activities by type");
        await Expect(panel.GetByTestId("bound-filters")).ToHaveTextAsync($"Market: {market} · Activity type: cold call");

        var at = DateTime.UtcNow.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var sent = await app.SendRecordsAsync(token, "activities", new object[]
        {
            new { id = $"call-{run}-1", type = "coldCall", owner = Demo.Eszter, at, customer = $"cust-{run}", outcome = "connected" },
            new { id = $"call-{run}-2", type = "coldCall", owner = Demo.Eszter, at, customer = $"cust-{run}", outcome = "no answer" },
            new { id = $"call-{run}-3", type = "coldCall", owner = Demo.Gabor, at, customer = $"cust-{run}", outcome = "connected" },
            new { id = $"meet-{run}-1", type = "meeting", owner = Demo.Eszter, at, customer = $"cust-{run}" },
        });
        Assert.Equal(4, sent.GetProperty("inserted").GetInt32());

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("kr-figures")).ToContainTextAsync("3");
        var windows = page.GetByTestId("sales-windows");
        await Expect(windows.Locator("tbody tr")).ToHaveCountAsync(1);
        await windows.GetByRole(AriaRole.Link, new() { Name = "3 records" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Records behind a value", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("drill-count")).ToHaveTextAsync("3");
        var records = page.GetByTestId("drill-records");
        foreach (var id in new[] { $"call-{run}-1", $"call-{run}-2", $"call-{run}-3" })
            await Expect(records.GetByRole(AriaRole.Link, new() { Name = id, Exact = true })).ToBeVisibleAsync();
        await Expect(records).Not.ToContainTextAsync($"meet-{run}-1");
        await Expect(records).ToContainTextAsync("Gábor");

        // From a record back to the key results it feeds.
        await records.GetByRole(AriaRole.Link, new() { Name = $"call-{run}-1" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"call-{run}-1", Level = 1 })).ToBeVisibleAsync();
        await page.GetByTestId("record-key-results").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task MetricCatalogue_ShowsEveryMetricWithItsFormula_AndTriesOneInBothLanguages()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Peter);
        await page.UseLanguageAsync("en");
        await page.GotoAsync("/sales/metrics");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Metric catalogue", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".okra-sales-metric")).ToHaveCountAsync(22);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "NPS", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Try NPS" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Try it: NPS" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Per month" }).ClickAsync();
        await Expect(page.GetByTestId("metric-values").GetByRole(AriaRole.Link, new() { Name = "Show records" }).First).ToBeVisibleAsync();
        await page.KeepScreenshotAsync("sales-metrics-en");

        await page.UseLanguageAsync("hu");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mutatók katalógusa", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Panaszkezelési idő (medián)" })).ToBeVisibleAsync();
        await page.KeepScreenshotAsync("sales-metrics-hu");
    }

    /// <summary>Opens the select labelled <paramref name="label"/> in <paramref name="scope"/> and picks <paramref name="option"/>.</summary>
    private static async Task PickAsync(IPage page, ILocator scope, string label, string option)
    {
        await scope.Locator(".mud-input-control.mud-select", new() { Has = page.GetByText(label, new() { Exact = true }) }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }
}

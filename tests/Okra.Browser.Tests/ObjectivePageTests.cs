using System.Text.Json;
using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>The objective and key-result pages: what they show, who sees which controls, and a check-in right on the page.</summary>
[Collection(BrowserTests.Name)]
public sealed class ObjectivePageTests(BrowserApp app)
{
    [Theory]
    [InlineData("en", "Why this matters", "Key results")]
    [InlineData("hu", "Miért fontos", "Kulcseredmények")]
    public async Task ObjectivePage_ShowsTheChainItsKeyResultsAndHistory(string language, string why, string keyResults)
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Anna);
        await page.UseLanguageAsync(language);
        var tree = await page.ApiAsync($"/api/v1/cycles/{await page.CurrentCycleAsync()}/tree");
        var company = tree.GetProperty("objectives")[0];
        var team = company.GetProperty("children").EnumerateArray()
            .Where(c => c.GetProperty("workflowStatus").GetString() == "active").MaxBy(c => c.GetProperty("keyResults").GetArrayLength());

        await page.GotoAsync($"/objectives/{team.GetProperty("id").GetString()}");
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = team.GetProperty("title").GetString()!, Level = 1 })).ToBeVisibleAsync();
        var chain = page.GetByRole(AriaRole.Navigation, new() { Name = why });
        await Expect(chain.GetByRole(AriaRole.Link, new() { Name = company.GetProperty("title").GetString()!, Exact = true })).ToBeVisibleAsync();
        var list = page.GetByRole(AriaRole.List, new() { Name = keyResults, Exact = true });
        await Expect(list.GetByRole(AriaRole.Group)).ToHaveCountAsync(team.GetProperty("keyResults").GetArrayLength());
        foreach (var kr in team.GetProperty("keyResults").EnumerateArray())
        {
            var row = list.GetByRole(AriaRole.Group, new() { Name = kr.GetProperty("title").GetString()!, Exact = true });
            await Expect(row).ToContainTextAsync(UiTexts.Status(kr.GetProperty("status").GetString()!, language));
        }
        await page.KeepScreenshotAsync($"objective-{language}");

        await list.GetByRole(AriaRole.Link, new() { Name = team.GetProperty("keyResults")[0].GetProperty("title").GetString()!, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = team.GetProperty("keyResults")[0].GetProperty("title").GetString()!, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = why }).GetByRole(AriaRole.Link, new() { Name = team.GetProperty("title").GetString()!, Exact = true }))
            .ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.KeepScreenshotAsync($"key-result-{language}");
    }

    [Fact]
    public async Task Member_SeesEditAndCheckInOnlyOnKeyResultsTheyMayChange()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Eszter);
        await page.UseLanguageAsync("en");
        var keyResults = await KeyResultsAsync(page);
        var gabors = keyResults.First(k => k.GetProperty("ownerName").GetString() == "Tóth Gábor");
        var hers = keyResults.First(k => k.GetProperty("ownerName").GetString() == "Szabó Eszter");

        await page.GotoAsync($"/key-results/{gabors.GetProperty("id").GetString()}");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = gabors.GetProperty("title").GetString()!, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add comment" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" })).ToHaveCountAsync(0);

        await page.GotoAsync($"/key-results/{hers.GetProperty("id").GetString()}");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = hers.GetProperty("title").GetString()!, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task CheckIn_OnTheKeyResultPage_UpdatesStatusFiguresAndChart()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Peter);
        await page.UseLanguageAsync("en");
        var (_, keyResultId) = await page.PersonalMetricAsync("Check-in from the key-result page");

        await page.GotoAsync($"/key-results/{keyResultId}");
        await page.WaitForInteractiveAsync();
        var chart = page.GetByTestId("kr-chart");
        await Expect(chart).ToHaveAttributeAsync("data-points", "0");
        await Expect(page.GetByTestId("kr-status")).ToContainTextAsync("Not started");

        await page.GetByLabel("Current value").FillAsync("60");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment", Exact = true }).FillAsync("Booked the last demos at the fair.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Check-in saved.");
        await Expect(page.GetByTestId("kr-status")).ToContainTextAsync("Achieved");
        await Expect(chart).ToHaveAttributeAsync("data-points", "1");
        await Expect(page.GetByTestId("kr-figures")).ToContainTextAsync("60");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Booked the last demos at the fair." })).ToBeVisibleAsync();
    }

    private static async Task<List<JsonElement>> KeyResultsAsync(IPage page)
    {
        var tree = await page.ApiAsync($"/api/v1/cycles/{await page.CurrentCycleAsync()}/tree");
        return OkrSetup.Flatten(tree.GetProperty("objectives")).SelectMany(o => o.GetProperty("keyResults").EnumerateArray()).ToList();
    }
}

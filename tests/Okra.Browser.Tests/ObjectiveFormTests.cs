using System.Text.RegularExpressions;
using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>The objective and key-result forms: creating an objective with every kind of key result, and a field's error beside it.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class ObjectiveFormTests(BrowserApp app)
{
    [Fact]
    public async Task NewObjective_WithOneKeyResultOfEachKind_ShowsOnTheObjectivePageAndInTheTree()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Anna);
        await page.UseLanguageAsync("en");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "OKR tree" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New objective" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        const string title = "Open the Vienna market with four kinds of key results";
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Title", Exact = true }).FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save objective" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ObjectiveUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        var objectiveUrl = page.Url;

        await AddKeyResultAsync(page, "Vienna pipeline from 40 to 60 deals", "Metric", async () =>
        {
            await page.GetByLabel("Baseline").FillAsync("40");
            await page.GetByLabel("Target", new() { Exact = true }).FillAsync("60");
            await Expect(page.GetByTestId("progress-preview")).ToContainTextAsync("a value of 50 will be 50%");
        });
        await AddKeyResultAsync(page, "20 Vienna cold calls a week", "Recurring", async () =>
        {
            await page.GetByLabel("Target per period").FillAsync("20");
            await Expect(page.GetByTestId("progress-preview")).ToContainTextAsync("20 per week over");
        });
        await AddKeyResultAsync(page, "Answer Vienna leads within 24 hours", "Threshold", async () =>
        {
            await page.GetByLabel("Limit", new() { Exact = true }).FillAsync("24");
            await Expect(page.GetByTestId("progress-preview")).ToContainTextAsync("≤ 24 kept in every week");
        });
        await AddKeyResultAsync(page, "Sign the Vienna partner agreement", "Milestone", () =>
            Expect(page.GetByTestId("progress-preview")).ToContainTextAsync("Done or not"));

        var keyResults = page.GetByRole(AriaRole.List, new() { Name = "Key results", Exact = true }).GetByRole(AriaRole.Group);
        await Expect(keyResults).ToHaveCountAsync(4);
        foreach (var kind in new[] { "Metric", "Recurring", "Threshold", "Milestone" })
            await Expect(page.Locator($"[data-kind={kind}]")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "OKR tree" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search" }).FillAsync("Vienna");
        await Expect(page).ToHaveURLAsync(new Regex("q=Vienna"));
        var row = page.GetByRole(AriaRole.Group, new() { Name = title, Exact = true });
        await Expect(row).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign the Vienna partner agreement" })).ToBeVisibleAsync();
        await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page).ToHaveURLAsync(objectiveUrl);
    }

    [Theory]
    [InlineData("en", "Baseline", "Target", "Must differ from the baseline.", "Save key result")]
    [InlineData("hu", "Kiinduló érték", "Célérték", "El kell térnie a kiinduló értéktől.", "Kulcseredmény mentése")]
    public async Task TargetEqualToBaseline_ShowsTheReasonNextToTarget(string language, string baseline, string target, string reason, string save)
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Peter);
        var (objectiveId, _) = await page.PersonalMetricAsync($"Bad form in {language}");
        await page.UseLanguageAsync(language);
        await page.GotoAsync($"/objectives/{objectiveId}/key-results/new");
        await page.WaitForInteractiveAsync();

        await page.GetByRole(AriaRole.Textbox, new() { NameRegex = new("^(Title|Cím)$") }).FillAsync("Demos booked");
        await page.GetByLabel(baseline).FillAsync("40");
        await page.GetByLabel(target, new() { Exact = true }).FillAsync("40");

        var targetField = page.Locator(".mud-input-control", new() { Has = page.GetByLabel(target, new() { Exact = true }) });
        await Expect(targetField).ToContainTextAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = save }).ClickAsync();
        await Expect(targetField).ToContainTextAsync(reason);
        await Expect(page).ToHaveURLAsync(new Regex("/key-results/new$"));
        await page.KeepScreenshotAsync($"key-result-form-{language}");
    }

    private static async Task AddKeyResultAsync(IPage page, string title, string kind, Func<Task> fill)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add key result" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add key result", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Title", Exact = true }).FillAsync(title);
        await page.GetByRole(AriaRole.Radio, new() { Name = kind }).CheckAsync();
        await fill();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save key result" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ObjectiveUrl());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"/objectives/[0-9a-f-]{36}$")]
    private static partial Regex ObjectiveUrl();
}

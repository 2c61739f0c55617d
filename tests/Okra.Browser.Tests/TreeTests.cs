using System.Text.Json;
using System.Text.RegularExpressions;
using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>The OKR tree page against the demo organisation, checked against what the API answers for the same cycle.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class TreeTests(BrowserApp app)
{
    [Fact]
    public async Task Tree_ShowsTheDemoObjectivesWithTheirStatusInWords()
    {
        var page = await OpenTreeAsync();
        var tree = await page.ApiAsync($"/api/v1/cycles/{await CurrentCycleAsync(page)}/tree");
        var roots = tree.GetProperty("objectives").EnumerateArray().ToList();
        Assert.NotEmpty(roots);

        foreach (var objective in roots.Concat(roots.SelectMany(r => r.GetProperty("children").EnumerateArray())))
        {
            var row = page.GetByRole(AriaRole.Group, new() { Name = objective.GetProperty("title").GetString()!, Exact = true });
            await Expect(row).ToBeVisibleAsync();
            await Expect(row).ToContainTextAsync(UiTexts.Status(objective.GetProperty("status").GetString()!, "en"));
            await Expect(row).ToContainTextAsync(Percent(objective.GetProperty("progress").GetDecimal()));
        }
        await Expect(page.GetByText($"Objectives: {tree.GetProperty("objectiveCount").GetInt32()}")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task FilterByStatus_NarrowsTheTreeToWhatTheApiFinds()
    {
        var page = await OpenTreeAsync();
        var cycle = await CurrentCycleAsync(page);
        var all = (await page.ApiAsync($"/api/v1/cycles/{cycle}/tree")).GetProperty("objectiveCount").GetInt32();
        var atRisk = await page.ApiAsync($"/api/v1/cycles/{cycle}/tree?status=atRisk");
        var matching = Flatten(atRisk.GetProperty("objectives")).Where(o => o.GetProperty("status").GetString() == "atRisk").ToList();
        Assert.NotEmpty(matching);
        Assert.True(atRisk.GetProperty("objectiveCount").GetInt32() < all, "The demo should have objectives that are not at risk.");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Status" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "At risk", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("status=AtRisk"));
        await Expect(page.GetByText($"Objectives: {atRisk.GetProperty("objectiveCount").GetInt32()}")).ToBeVisibleAsync();
        await Expect(Objectives(page)).ToHaveCountAsync(atRisk.GetProperty("objectiveCount").GetInt32());
        foreach (var objective in matching)
            await Expect(page.GetByRole(AriaRole.Group, new() { Name = objective.GetProperty("title").GetString()!, Exact = true })).ToContainTextAsync("At risk");

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear filters" }).ClickAsync();
        await Expect(page.GetByText($"Objectives: {all}")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SearchByText_KeepsTheMatchAndItsParents()
    {
        var page = await OpenTreeAsync();
        var tree = await page.ApiAsync($"/api/v1/cycles/{await CurrentCycleAsync(page)}/tree");
        var child = tree.GetProperty("objectives")[0].GetProperty("children")[0].GetProperty("title").GetString()!;

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search" }).FillAsync(child);

        await Expect(page).ToHaveURLAsync(new Regex("q="));
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = child, Exact = true })).ToBeVisibleAsync();
        await Expect(Objectives(page)).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task ExpandAndCollapse_ShowAndHideKeyResults()
    {
        var page = await OpenTreeAsync();
        var tree = await page.ApiAsync($"/api/v1/cycles/{await CurrentCycleAsync(page)}/tree");
        var root = tree.GetProperty("objectives")[0];
        var title = root.GetProperty("title").GetString()!;
        var keyResult = root.GetProperty("keyResults")[0].GetProperty("title").GetString()!;
        await Expect(page.GetByText(keyResult, new() { Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Collapse {title}" }).ClickAsync();
        await Expect(page.GetByText(keyResult, new() { Exact = true })).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Expand {title}" }).ClickAsync();
        await Expect(page.GetByText(keyResult, new() { Exact = true })).ToBeVisibleAsync();
    }

    private async Task<IPage> OpenTreeAsync()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Anna);
        await page.UseLanguageAsync("en");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "OKR tree" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "OKR tree", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Status" })).ToBeEnabledAsync();
        return page;
    }

    /// <summary>The objective rows of the tree.</summary>
    private static ILocator Objectives(IPage page) =>
        page.GetByRole(AriaRole.List, new() { Name = "OKR tree", Exact = true }).GetByRole(AriaRole.Group);

    private static async Task<string> CurrentCycleAsync(IPage page) =>
        (await page.ApiAsync("/api/v1/cycles/current")).GetProperty("id").GetString()!;

    private static IEnumerable<JsonElement> Flatten(JsonElement nodes) =>
        nodes.EnumerateArray().SelectMany(n => Flatten(n.GetProperty("children")).Prepend(n));

    private static string Percent(decimal fraction) => $"{Math.Round(fraction * 100m, 0, MidpointRounding.AwayFromZero):0}%";
}

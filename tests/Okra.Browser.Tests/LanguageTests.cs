using System.Text.RegularExpressions;
using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>English and Hungarian: labels from the resources, numbers, money and dates the way each language writes them.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class LanguageTests(BrowserApp app)
{
    [Fact]
    public async Task SwitchToHungarian_ShowsHungarianLabelsAndFormats()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Anna);
        await page.UseLanguageAsync("en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My focus", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(EnglishMoney());
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(EnglishDate());

        await page.UseLanguageAsync("hu");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Saját fókusz", Level = 1 })).ToBeVisibleAsync();
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Főmenü" });
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "OKR-fa" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Kijelentkezés" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(HungarianMoney());
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(HungarianDate());
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("HUF");

        await navigation.GetByRole(AriaRole.Link, new() { Name = "OKR-fa" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "OKR-fa", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Állapot" })).ToBeVisibleAsync();
        await Expect(page.GetByText(HungarianDateRange())).ToBeVisibleAsync();
        await Expect(page.GetByText("Terv szerint").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task LanguageChoice_FollowsThePersonToAnotherBrowser()
    {
        var first = await app.NewPageAsync();
        await first.SignInAsync(Demo.Peter);
        await first.UseLanguageAsync("hu");
        await first.UseLanguageAsync("en");
        await Expect(first.GetByRole(AriaRole.Heading, new() { Name = "My focus", Level = 1 })).ToBeVisibleAsync();

        // A browser without the language cookie: the person's own record decides.
        var second = await app.NewPageAsync();
        await second.SignInAsync(Demo.Peter);
        await Expect(second.GetByRole(AriaRole.Heading, new() { Name = "My focus", Level = 1 })).ToBeVisibleAsync();

        await second.UseLanguageAsync("hu");
        var third = await app.NewPageAsync();
        await third.SignInAsync(Demo.Peter);
        await Expect(third.GetByRole(AriaRole.Heading, new() { Name = "Saját fókusz", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>HUF 52,380,000.</summary>
    [GeneratedRegex(@"HUF \d{1,3}(,\d{3})+")]
    private static partial Regex EnglishMoney();

    /// <summary>52 380 000 Ft, grouped with no-break spaces.</summary>
    [GeneratedRegex(@"\d{1,3}(\u00A0\d{3})+\u00A0Ft")]
    private static partial Regex HungarianMoney();

    /// <summary>Nov 27, 2026.</summary>
    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b")]
    private static partial Regex EnglishDate();

    /// <summary>2026. 11. 27.</summary>
    [GeneratedRegex(@"\d{4}\. \d{2}\. \d{2}\.")]
    private static partial Regex HungarianDate();

    /// <summary>2026. 10. 01. – 2026. 12. 31.</summary>
    [GeneratedRegex(@"^\d{4}\. \d{2}\. \d{2}\. – \d{4}\. \d{2}\. \d{2}\.$")]
    private static partial Regex HungarianDateRange();
}

using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>
/// The weekly check-in as Eszter does it, on a key result made for this test alone (an admin creates it for her through
/// the API first), so that no other test's figures move.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class CheckInTests(BrowserApp app)
{
    [Fact]
    public async Task WeeklyCheckIn_AValueThatReachesTheTarget_SavesTheRowAndChangesItsStatusEverywhere()
    {
        var title = $"Sign 100 pilot customers {Guid.NewGuid():N}"[..40];
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(Demo.Anna);
        await admin.FreshKeyResultAsync(Demo.Eszter, title);

        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Eszter);
        await page.UseLanguageAsync("en");
        var nav = page.GetByRole(AriaRole.Navigation);
        await Expect(nav.GetByRole(AriaRole.Link, new() { NameRegex = new("^Check-in") })).ToBeVisibleAsync();
        await nav.GetByRole(AriaRole.Link, new() { NameRegex = new("^Check-in") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Weekly check-in", Level = 1 })).ToBeVisibleAsync();

        var row = page.GetByRole(AriaRole.Group, new() { Name = $"Check-in for {title}" });
        await Expect(row.Locator(".okra-status")).ToHaveTextAsync(UiTexts.Status("notStarted", "en"));
        await row.GetByRole(AriaRole.Spinbutton, new() { Name = "New value" }).FillAsync("100");
        await row.GetByRole(AriaRole.Spinbutton, new() { Name = "Confidence (0–10)" }).FillAsync("9");
        await row.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("Signed the last pilot today.");
        await row.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).PressAsync("Enter");

        await Expect(row.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved ✓");
        await Expect(row.Locator(".okra-status")).ToHaveTextAsync(UiTexts.Status("achieved", "en"));
        await page.KeepScreenshotAsync("check-in-en");

        await page.GotoAsync("/");
        await page.WaitForInteractiveAsync();
        var card = page.Locator(".okra-focus-card", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title }) });
        await Expect(card.Locator(".okra-status")).ToHaveTextAsync(UiTexts.Status("achieved", "en"));
    }

    [Fact]
    public async Task WeeklyCheckIn_WithoutConfidence_ShowsTheReasonNextToTheFieldInHungarian()
    {
        var title = $"Visit 100 new prospects {Guid.NewGuid():N}"[..40];
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(Demo.Anna);
        await admin.FreshKeyResultAsync(Demo.Gabor, title);

        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Gabor);
        await page.GotoAsync("/check-in");
        await page.WaitForInteractiveAsync();
        await page.UseLanguageAsync("hu");
        var row = page.GetByRole(AriaRole.Group, new() { Name = $"Állapotjelentés: {title}" });
        await row.GetByRole(AriaRole.Spinbutton, new() { Name = "Új érték" }).FillAsync("12,5");
        await row.GetByRole(AriaRole.Button, new() { Name = "Mentés" }).ClickAsync();

        await Expect(row.Locator(".okra-checkin-confidence")).ToContainTextAsync("Kötelező");
        await Expect(row.Locator(".okra-status")).ToHaveTextAsync(UiTexts.Status("notStarted", "hu"));
        await page.KeepScreenshotAsync("check-in-hu");
    }
}

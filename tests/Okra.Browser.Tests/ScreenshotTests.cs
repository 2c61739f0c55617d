using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>
/// Screenshots of every main page in both languages, kept in test-output/screenshots for a person to look at; on the way,
/// the browser must report no error, so that a script or style refused by the Content-Security-Policy fails the test.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ScreenshotTests(BrowserApp app)
{
    [Theory]
    [InlineData("en", "Welcome back", "My focus", "OKR tree")]
    [InlineData("hu", "Üdv újra!", "Saját fókusz", "OKR-fa")]
    public async Task MainPages_InEachLanguage_AreKept(string language, string signInHeading, string focusHeading, string treeHeading)
    {
        var page = await app.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync("/sign-in");
        await page.UseLanguageAsync(language);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = signInHeading })).ToBeVisibleAsync();
        await page.KeepScreenshotAsync($"{language}-sign-in");

        await page.SubmitSignInAsync(Demo.Anna, Demo.Password);
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
        await page.UseLanguageAsync(language);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = focusHeading, Level = 1 })).ToBeVisibleAsync();
        await page.KeepScreenshotAsync($"{language}-my-focus");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = treeHeading }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = treeHeading, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Group).First).ToBeVisibleAsync();
        await page.KeepScreenshotAsync($"{language}-okr-tree");

        await page.GetByRole(AriaRole.Combobox, new() { Name = language == "hu" ? "Állapot" : "Status" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        Assert.Empty(errors);
    }
}

using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>Personal API tokens on the profile page: the secret is shown once, the token is listed, and it can be revoked.</summary>
[Collection(BrowserTests.Name)]
public sealed class ProfileTests(BrowserApp app)
{
    [Fact]
    public async Task Profile_CreatesATokenShownOnce_AndRevokesIt()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Peter);
        await page.UseLanguageAsync("en");
        await page.Locator("a.okra-user-link").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Profile", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Token name" }).FillAsync("Pipeline export");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        var secret = page.GetByTestId("token-secret");
        await Expect(secret).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^okra_"));
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Pipeline export" });
        await Expect(row).ToContainTextAsync("Active");
        await page.KeepScreenshotAsync("profile-en");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(row).ToBeVisibleAsync();
        await Expect(page.GetByTestId("token-secret")).ToHaveCountAsync(0);

        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke token Pipeline export" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Revoked");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        // The profile's own language setting (the app bar has the same switch).
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Magyar (HU)" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "hu");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Profil", Level = 1 })).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("Visszavonva");
        await page.KeepScreenshotAsync("profile-hu");
    }
}

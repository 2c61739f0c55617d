using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class SignInTests(BrowserApp app)
{
    [Fact]
    public async Task SignIn_DemoAccount_LandsOnMyFocus()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Eszter);
        await page.UseLanguageAsync("en");

        await Expect(page).ToHaveURLAsync(new Uri(app.Server.Address, "/").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My focus", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignInPage_WhenSignedIn_GoesHome()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Eszter);

        await page.GotoAsync("/sign-in");

        await Expect(page).ToHaveURLAsync(new Uri(app.Server.Address, "/").ToString());
    }

    [Fact]
    public async Task SignInPage_HungarianBrowser_SpeaksHungarian()
    {
        var page = await app.NewPageAsync("hu-HU");
        await page.GotoAsync("/sign-in");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "hu");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Üdv újra!" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Magyar (HU)" })).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsTheErrorInThePagesLanguage()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.SubmitSignInAsync(Demo.Gabor, "not-the-password-1");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong e-mail or password. Check both and try again.");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"));

        await page.UseLanguageAsync("hu");
        await page.SubmitSignInAsync(Demo.Gabor, "not-the-password-2");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Hibás e-mail-cím vagy jelszó. Ellenőrizd mindkettőt, és próbáld újra.");
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccount()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/sign-in");
        for (var i = 0; i < 5; i++)
            await page.SubmitSignInAsync("bence.varga@demo.okra.local", $"wrong-password-{i}");

        await page.SubmitSignInAsync("bence.varga@demo.okra.local", Demo.Password);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This account is locked");
    }

    [Fact]
    public async Task SignIn_EmptyFields_NameEachMissingField()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.GetByText("Enter your e-mail address.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Enter your password.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignedOutVisit_Tree_RedirectsToSignInAndBackAfterwards()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/tree");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in\\?ReturnUrl=%2Ftree$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome back" })).ToBeVisibleAsync();

        await page.SubmitSignInAsync(Demo.Eszter, Demo.Password);

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/tree$"));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Eszter);
        await page.UseLanguageAsync("en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in$"));
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in\\?ReturnUrl=%2F$"));
    }
}

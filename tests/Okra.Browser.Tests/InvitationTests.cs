using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>An admin invites a new person; the link sets a password (the policy's reasons next to the field) and signs them in.</summary>
[Collection(BrowserTests.Name)]
public sealed class InvitationTests(BrowserApp app)
{
    [Fact]
    public async Task Invitation_FromTheAdminPage_SetsAPasswordAndSignsIn()
    {
        var email = $"new.{Guid.NewGuid():N}@demo.okra.local";
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(Demo.Anna);
        await admin.UseLanguageAsync("en");
        await admin.GotoAsync("/admin");
        await admin.WaitForInteractiveAsync();
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Accounts" }).ClickAsync();
        var form = admin.GetByRole(AriaRole.Form, new() { Name = "Invite a new person" });
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Name" }).FillAsync("Új Kolléga");
        await form.GetByRole(AriaRole.Textbox, new() { Name = "E-mail" }).FillAsync(email);
        await form.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        var link = await admin.GetByTestId("admin-secret").TextContentAsync();
        Assert.Contains("/invitation?user=", link, StringComparison.Ordinal);

        var page = await app.NewPageAsync();
        await page.GotoAsync(link!);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to Okra" })).ToBeVisibleAsync();
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("short1");
        await page.GetByLabel("New password again").FillAsync("short1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();
        await Expect(page.Locator("#password-error")).ToHaveTextAsync("Passwords must be at least 10 characters.");

        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("welcome-2027");
        await page.GetByLabel("New password again").FillAsync("welcome-2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/invitation", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Saját fókusz", Level = 1 })).ToBeVisibleAsync();

        var again = await app.NewPageAsync();
        await again.GotoAsync(link!);
        await Expect(again.GetByRole(AriaRole.Alert)).ToContainTextAsync("This invitation link is invalid, already used or expired.");
    }
}

using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>The admin pages: an admin adds a team and a cycle of their own; a member is turned away and sees no link to them.</summary>
[Collection(BrowserTests.Name)]
public sealed class AdminTests(BrowserApp app)
{
    [Fact]
    public async Task Admin_AddsATeamAndACycle_AndSeesThemListed()
    {
        var team = $"Partner sales {Guid.NewGuid():N}"[..24];
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Anna);
        await page.UseLanguageAsync("en");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Administration", Level = 1 })).ToBeVisibleAsync();
        await page.KeepScreenshotAsync("admin-en");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Teams" }).ClickAsync();
        var teamForm = page.GetByRole(AriaRole.Form, new() { Name = "Add a team" });
        await teamForm.GetByRole(AriaRole.Textbox, new() { Name = "Name" }).FillAsync(team);
        await teamForm.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = team })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Cycles" }).ClickAsync();
        var cycleForm = page.GetByRole(AriaRole.Form, new() { Name = "Add a cycle" });
        await cycleForm.GetByRole(AriaRole.Textbox, new() { Name = "Name" }).FillAsync("2035-Q2");
        await cycleForm.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "2035-Q2" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Apr 1, 2035 – Jun 30, 2035" })).ToBeVisibleAsync();

        await cycleForm.GetByRole(AriaRole.Textbox, new() { Name = "Name" }).FillAsync("2035-Q2");
        await cycleForm.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Expect(cycleForm).ToContainTextAsync("A cycle named '2035-Q2' already exists.");

        await page.UseLanguageAsync("hu");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Adminisztráció", Level = 1 })).ToBeVisibleAsync();
        await page.KeepScreenshotAsync("admin-hu");
    }

    [Fact]
    public async Task Member_GetsTheNotAllowedPage_AndNoAdminLink()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Gabor);
        await page.UseLanguageAsync("en");
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Teams" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Admin" })).ToHaveCountAsync(0);

        await page.GotoAsync("/admin");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Only an admin may open the administration pages.");
        await Expect(page.GetByRole(AriaRole.Tab)).ToHaveCountAsync(0);
    }
}

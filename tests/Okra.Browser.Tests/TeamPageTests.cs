using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>The teams list and a team's page: its members with their roles, and its objectives of the cycle.</summary>
[Collection(BrowserTests.Name)]
public sealed class TeamPageTests(BrowserApp app)
{
    [Theory]
    [InlineData("en", "Members", "Lead")]
    [InlineData("hu", "Tagok", "Vezető")]
    public async Task TeamPage_ShowsMembersAndObjectives(string language, string membersHeading, string lead)
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Peter);
        await page.UseLanguageAsync(language);
        var peter = await page.PersonIdAsync(Demo.Peter);
        var teams = (await page.ApiAsync("/api/v1/teams")).EnumerateArray().ToList();
        var sales = teams.First(t => t.GetProperty("members").EnumerateArray()
            .Any(m => m.GetProperty("personId").GetString() == peter && m.GetProperty("role").GetString() == "lead"));
        var name = sales.GetProperty("name").GetString()!;
        var memberCount = sales.GetProperty("members").GetArrayLength();

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = language == "hu" ? "Csapatok" : "Teams" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = membersHeading })).ToBeVisibleAsync();
        await Expect(page.Locator(".okra-member")).ToHaveCountAsync(memberCount);
        await Expect(page.Locator(".okra-member", new() { HasText = "Nagy Péter" })).ToContainTextAsync(lead);
        await Expect(page.Locator("section[aria-labelledby=team-objectives] .okra-card").First).ToBeVisibleAsync();
        await page.KeepScreenshotAsync($"team-{language}");
    }
}

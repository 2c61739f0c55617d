using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>Eszter sends Gábor kudos for a key result made for this test alone; it shows in the recognition feed and summary.</summary>
[Collection(BrowserTests.Name)]
public sealed class KudosTests(BrowserApp app)
{
    [Fact]
    public async Task Kudos_ToAColleagueForAKeyResult_AppearInTheFeed()
    {
        var title = $"Open 100 partner talks {Guid.NewGuid():N}"[..36];
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(Demo.Anna);
        await admin.FreshKeyResultAsync(Demo.Gabor, title);

        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Eszter);
        await page.UseLanguageAsync("en");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Recognition" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Recognition", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();

        var message = $"Great partner pitch {Guid.NewGuid():N}"[..30];
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Key result" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = title, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Person" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Tóth Gábor", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "What did they do well?" }).FillAsync(message);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send kudos" }).ClickAsync();

        var entry = page.GetByTestId("recognition-feed").Locator("li", new() { HasText = message });
        await Expect(entry).ToContainTextAsync("Szabó Eszter → Tóth Gábor");
        await Expect(entry).ToContainTextAsync(title);
        await page.KeepScreenshotAsync("recognition-en");
    }
}

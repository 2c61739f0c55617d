using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>
/// This week's Sales + Business Development review as Péter runs it: the agenda shows the demo's off-track key results, he
/// records a decision and an action item, and lowers the target of a key result made for this test alone (so that no other
/// test's figures move) — the key result's page then shows the new target and the reason in its audit trail.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ReviewMeetingTests(BrowserApp app)
{
    [Fact]
    public async Task WeeklyReview_AgendaFromTheData_DecisionActionItemAndALoweredTarget()
    {
        var title = $"Book 100 pilot demos {Guid.NewGuid():N}"[..36];
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(Demo.Anna);
        var (_, keyResultId) = await admin.FreshKeyResultAsync(Demo.Gabor, title);
        await admin.SendApiAsync("POST", $"/api/v1/key-results/{keyResultId}/check-ins", new { value = 5, confidence = 3, blockers = "No budget for pilots" });

        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Peter);
        await page.UseLanguageAsync("en");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Reviews" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review meetings", Level = 1 })).ToBeVisibleAsync();
        await page.Locator(".okra-review-card a").First.ClickAsync();
        await page.WaitForInteractiveAsync();

        var offTrack = page.GetByTestId("agenda-off-track");
        await Expect(offTrack).ToContainTextAsync("Varga Bence");
        await Expect(offTrack).ToContainTextAsync(title);
        await Expect(page.GetByTestId("agenda-blockers")).ToContainTextAsync("No budget for pilots");

        var decision = $"Pilots move to next quarter {Guid.NewGuid():N}"[..36];
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Decision" }).FillAsync(decision);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.Locator(".okra-decision-list")).ToContainTextAsync(decision);

        var action = $"Call the pilot customers {Guid.NewGuid():N}"[..34];
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Owner" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Tóth Gábor", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Action item" }).FillAsync(action);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action item" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Action items" })).ToContainTextAsync(action);

        await offTrack.GetByRole(AriaRole.Button, new() { Name = $"Re-evaluate {title}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Spinbutton, new() { Name = "New target" }).FillAsync("60");
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Reason (goes into the audit trail)" }).FillAsync("Pilot budget halved");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Change target" }).ClickAsync();
        await Expect(page.Locator(".okra-decision-list")).ToContainTextAsync($"{title}: 100 → 60 — Pilot budget halved");
        await page.KeepScreenshotAsync("review-en");

        await page.GotoAsync($"/key-results/{keyResultId}");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("kr-figures")).ToContainTextAsync("60");
        await Expect(page.Locator("body")).ToContainTextAsync("Pilot budget halved");
    }
}

using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>
/// A Sales + Business Development review as Péter runs it, on a cycle made for this test alone (a past quarter, so the
/// agenda's statuses do not depend on the day the test runs and no other test's figures move): the agenda shows the test's
/// off-track key result and its blocker, he records a decision and an action item, and lowers the key result's target —
/// its page then shows the new target and the reason in its audit trail.
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
        var name = $"Review {Guid.NewGuid():N}"[..20];
        var cycle = (await admin.SendApiAsync("POST", "/api/v1/cycles", new { name, kind = "quarter", startDate = "2021-04-01", endDate = "2021-06-30" }))
            .GetProperty("id").GetString();
        var owner = await admin.PersonIdAsync(Demo.Gabor);
        var objective = (await admin.SendApiAsync("POST", "/api/v1/objectives", new { cycleId = cycle, title = $"{title} (objective)", level = "personal", type = "committed", ownerPersonId = owner }))
            .GetProperty("objective");
        await admin.SendApiAsync("POST", $"/api/v1/objectives/{objective.GetProperty("id").GetString()}/status", new { status = "active", version = objective.GetProperty("version").GetInt32() });
        var keyResultId = (await admin.SendApiAsync("POST", "/api/v1/key-results", new { objectiveId = objective.GetProperty("id").GetString(), title, ownerPersonId = owner, kind = "metric", unit = "count", baseline = 0, target = 100 }))
            .GetProperty("keyResult").GetProperty("id").GetString();
        // 5 of 100 at 90 % of the quarter: off track by DESIGN §2 whatever today is.
        await admin.SendApiAsync("POST", $"/api/v1/key-results/{keyResultId}/check-ins", new { date = "2021-06-21", value = 5, confidence = 3, blockers = "No budget for pilots" });
        var teams = (await admin.ApiAsync("/api/v1/teams")).EnumerateArray()
            .Where(t => t.GetProperty("kind").GetString() is "sales" or "businessDevelopment").Select(t => t.GetProperty("id").GetString()).ToList();
        var review = (await admin.SendApiAsync("POST", "/api/v1/reviews", new { cycleId = cycle, title = $"Sales + BD weekly {name}", kind = "weekly", date = "2021-06-21", teamIds = teams }))
            .GetProperty("id").GetString();

        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Peter);
        await page.UseLanguageAsync("en");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Reviews" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review meetings", Level = 1 })).ToBeVisibleAsync();
        await page.GotoAsync($"/reviews/{review}");
        await page.WaitForInteractiveAsync();

        var offTrack = page.GetByTestId("agenda-off-track");
        await Expect(offTrack).ToContainTextAsync("Tóth Gábor");
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

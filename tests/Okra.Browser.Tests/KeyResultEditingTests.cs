using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>
/// What an owner changes on a key result's own page: a check-in corrected and retracted with a reason, initiatives added,
/// ticked off and dropped, and a metric whose target is set as a change from its baseline.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class KeyResultEditingTests(BrowserApp app)
{
    [Fact]
    public async Task CheckIn_CorrectedThenRetracted_ShowsInHistoryFiguresAndAudit()
    {
        var (page, keyResultId) = await OpenKeyResultAsync("Correct a check-in", new { value = 45, confidence = 6, comment = "Typed 45 by mistake" });
        await Expect(page.GetByTestId("kr-figures")).ToContainTextAsync("45");
        await page.GetByTestId("correct-checkin").ClickAsync();
        var editor = page.GetByTestId("checkin-correction");
        await editor.GetByLabel("Current value").FillAsync("54");
        await editor.GetByLabel("Reason").FillAsync("Digits swapped");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save correction" }).ClickAsync();

        await Expect(editor).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("kr-figures")).ToContainTextAsync("54");
        await Expect(page.Locator(".okra-history")).ToContainTextAsync("Corrected");
        await Expect(page.Locator(".okra-audit")).ToContainTextAsync("Digits swapped");

        await page.GetByTestId("correct-checkin").ClickAsync();
        await editor.GetByLabel("Reason").FillAsync("Counted in the wrong key result");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Retract" }).ClickAsync();

        await Expect(page.Locator(".okra-retracted")).ToContainTextAsync("Retracted");
        await Expect(page.GetByTestId("correct-checkin")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("kr-chart")).ToHaveAttributeAsync("data-points", "0");
        await Expect(page.Locator(".okra-audit")).ToContainTextAsync("Counted in the wrong key result");
    }

    [Fact]
    public async Task CheckIn_CorrectionWithoutConfidence_ShowsTheFieldsReasonAndChangesNothing()
    {
        var (page, keyResultId) = await OpenKeyResultAsync("Bad correction", new { value = 45, confidence = 6 });
        await page.GetByTestId("correct-checkin").ClickAsync();
        var editor = page.GetByTestId("checkin-correction");
        await editor.GetByLabel("Current value").FillAsync("50");
        await editor.GetByLabel("Confidence").FillAsync("");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save correction" }).ClickAsync();

        await Expect(editor).ToContainTextAsync("Required: 0 (no chance) to 10 (certain).");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("kr-figures")).ToContainTextAsync("45");
    }

    [Fact]
    public async Task Initiatives_AddedTickedAndDropped_OnTheKeyResultPage()
    {
        var (page, keyResultId) = await OpenKeyResultAsync("Initiatives on the page");
        await page.GetByTestId("initiative-add").ClickAsync();
        await page.GetByTestId("initiative-new").GetByLabel("Initiative").FillAsync("Call back every fair contact");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        var item = page.GetByTestId("initiative").Filter(new() { HasText = "Call back every fair contact" });
        var done = item.GetByRole(AriaRole.Checkbox, new() { Name = "Call back every fair contact is done" });
        await Expect(done).Not.ToBeCheckedAsync();
        Assert.Equal("notStarted", (await page.ApiAsync($"/api/v1/key-results/{keyResultId}/initiatives"))[0].GetProperty("status").GetString());

        await done.CheckAsync();
        await Expect(item).ToHaveClassAsync("okra-done");
        await Expect(done).ToBeCheckedAsync();
        var api = await page.ApiAsync($"/api/v1/key-results/{keyResultId}/initiatives");
        Assert.Equal("done", api[0].GetProperty("status").GetString());

        await item.GetByRole(AriaRole.Button, new() { Name = "Drop Call back every fair contact" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Archive" }).ClickAsync();
        await Expect(page.GetByTestId("initiative")).ToHaveCountAsync(0);
        await Expect(page.GetByText("No initiatives yet.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Initiative_WithoutTitle_ShowsTheReasonBesideTheField()
    {
        var (page, keyResultId) = await OpenKeyResultAsync("Initiative without a title");
        await page.GetByTestId("initiative-add").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("initiative-new")).ToContainTextAsync("Required");
        Assert.Equal(0, (await page.ApiAsync($"/api/v1/key-results/{keyResultId}/initiatives")).GetArrayLength());
    }

    [Fact]
    public async Task MetricKeyResult_WithARelativeTarget_ShowsTheTargetItComputes()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Peter);
        await page.UseLanguageAsync("en");
        var (objectiveId, _) = await page.PersonalMetricAsync("Relative target");

        await page.GotoAsync($"/objectives/{objectiveId}/key-results/new");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Title", Exact = true }).FillAsync("Grow the fair pipeline by 20 %");
        await page.GetByLabel("Baseline", new() { Exact = true }).FillAsync("250");
        await page.GetByLabel("Target as a percentage change").CheckAsync();
        await page.GetByLabel("Change (%)", new() { Exact = true }).FillAsync("20");
        await Expect(page.GetByText("Target: 300")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save key result" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Grow the fair pipeline by 20 %", Exact = true })).ToBeVisibleAsync();
        var objective = await page.ApiAsync($"/api/v1/objectives/{objectiveId}");
        var created = objective.GetProperty("objective").GetProperty("keyResults").EnumerateArray().Single(k => k.GetProperty("title").GetString() == "Grow the fair pipeline by 20 %");
        Assert.Equal(300m, created.GetProperty("target").GetDecimal());
        Assert.Equal(0.2m, created.GetProperty("relativeChange").GetDecimal());
    }

    /// <summary>Peter's own new metric key result (40 → 60), with one check-in if <paramref name="checkIn"/> is given, open on its page in English.</summary>
    private async Task<(IPage Page, string KeyResultId)> OpenKeyResultAsync(string title, object? checkIn = null)
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Peter);
        await page.UseLanguageAsync("en");
        var (_, keyResultId) = await page.PersonalMetricAsync(title);
        if (checkIn is not null) await page.PostApiAsync($"/api/v1/key-results/{keyResultId}/check-ins", checkIn);
        await page.GotoAsync($"/key-results/{keyResultId}");
        await page.WaitForInteractiveAsync();
        return (page, keyResultId);
    }
}

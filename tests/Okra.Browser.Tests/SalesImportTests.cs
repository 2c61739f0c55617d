using Okra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>
/// The CSV import wizard as a new user tries it: a HubSpot deals export saved by Hungarian Excel (Windows-1250, ';',
/// Hungarian numbers and dates). The deals have ids of their own and close in 2020, so no other test's figures move.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SalesImportTests(BrowserApp app)
{
    private const string Header = "Record ID;Deal Name;Deal Stage;Amount;Currency;Create Date;Close Date;Deal owner;Deal Type;Associated Company";

    [Fact]
    public async Task HubSpotExport_ImportsThroughTheWizard_AndTheSameFileAgainAddsNothing()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var file = SalesSteps.Windows1250Csv("hubspot-deals",
            Header,
            $"hs-{run}-1;Árvíztűrő Kft. – bővítés;Closed Won;1 234 567,50;HUF;2020.01.15.;2020.02.03.;{Demo.Eszter};existingbusiness;Árvíztűrő Kft.",
            $"hs-{run}-2;Székesfehérvári Zrt.;Closed Lost;980 000;HUF;2020.01.20.;2020.02.10.;{Demo.Eszter};newbusiness;Székesfehérvári Zrt.",
            $"hs-{run}-3;Győri Gépgyár;Appointment scheduled;2 500 000;HUF;2020.02.01.;;{Demo.Gabor};newbusiness;Győri Gépgyár");

        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Eszter);
        await page.UseLanguageAsync("en");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Sales data" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sales data", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Import a CSV file" }).ClickAsync();
        await page.WaitForInteractiveAsync();

        await PreviewAsync(page, file);
        await Expect(page.GetByTestId("import-detected")).ToContainTextAsync("Windows-1250, separator semicolon (;), 3 rows");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "First 3 rows of the file" })).ToContainTextAsync("Árvíztűrő Kft. – bővítés");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Column mapping" })).ToContainTextAsync("Deal owner");
        await Expect(page.GetByTestId("import-check")).ToHaveTextAsync("All 3 rows are valid. Nothing has been written yet.");
        await page.KeepScreenshotAsync("sales-import-en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Import 3 rows" }).ClickAsync();
        await Expect(page.GetByTestId("import-inserted")).ToHaveTextAsync("3");
        await Expect(page.GetByTestId("import-updated")).ToHaveTextAsync("0");
        var deal = await page.ApiAsync($"/api/v1/sales/records?type=deals&id=hs-{run}-1");
        Assert.Equal(1234567.50m, deal.GetProperty("record").GetProperty("amount").GetDecimal());

        // The same file again: every record is already there, nothing new.
        await page.GetByRole(AriaRole.Button, new() { Name = "Import another file" }).ClickAsync();
        await PreviewAsync(page, file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 3 rows" }).ClickAsync();
        await Expect(page.GetByTestId("import-inserted")).ToHaveTextAsync("0");
        await Expect(page.GetByTestId("import-updated")).ToHaveTextAsync("3");

        // The wizard in Hungarian.
        await page.GetByRole(AriaRole.Button, new() { Name = "Import another file" }).ClickAsync();
        await page.UseLanguageAsync("hu");
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Előnézet" }).ClickAsync();
        await Expect(page.GetByTestId("import-check")).ToHaveTextAsync("Mind a(z) 3 sor érvényes. Még semmi sem került mentésre.");
        await page.KeepScreenshotAsync("sales-import-hu");
    }

    [Fact]
    public async Task BadFile_ListsEveryRejectedRowWithLineColumnAndReason_AndWritesNothing()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var file = SalesSteps.Windows1250Csv("hubspot-bad",
            Header,
            $"bad-{run}-1;Jó sor;Closed Won;100 000;HUF;2020.01.15.;2020.02.03.;{Demo.Eszter};newbusiness;Jó Kft.",
            $"bad-{run}-2;Rossz dátum;Closed Won;100 000;HUF;2020.01.15.;2020.13.45.;{Demo.Eszter};newbusiness;Rossz Kft.",
            $"bad-{run}-3;Negatív;Closed Won;-5 000;HUF;2020.01.15.;2020.02.03.;{Demo.Eszter};newbusiness;Negatív Kft.",
            $";Nincs azonosító;Closed Won;100 000;HUF;2020.01.15.;2020.02.03.;{Demo.Eszter};newbusiness;Névtelen Kft.",
            $"bad-{run}-5;Képlet;Closed Won;=SUM(A1:A3);HUF;2020.01.15.;2020.02.03.;{Demo.Eszter};newbusiness;Képlet Kft.",
            $"bad-{run}-6;Pénznem;Closed Won;100 000;XYZ;2020.01.15.;2020.02.03.;{Demo.Eszter};newbusiness;Pénznem Kft.");

        var page = await app.NewPageAsync();
        await page.SignInAsync(Demo.Gabor);
        await page.UseLanguageAsync("en");
        await page.GotoAsync("/sales/import");
        await page.WaitForInteractiveAsync();
        await PreviewAsync(page, file);

        var rejected = page.GetByRole(AriaRole.Table, new() { Name = "Rejected rows" });
        await Expect(page.GetByTestId("rejected")).ToContainTextAsync("5 of 6 rows were rejected. Nothing was written.");
        await Expect(rejected.Locator("tbody tr")).ToHaveCountAsync(5);
        // Each row: its line in the file (the header is line 1), the column and the reason.
        await Expect(rejected.GetByRole(AriaRole.Row, new() { Name = "3 Close Date '2020.13.45.' is not a date" })).ToBeVisibleAsync();
        await Expect(rejected.GetByRole(AriaRole.Row, new() { Name = "4 Amount Must not be negative." })).ToBeVisibleAsync();
        await Expect(rejected.GetByRole(AriaRole.Row, new() { Name = "5 Record ID Is missing: every record needs its id." })).ToBeVisibleAsync();
        await Expect(rejected.GetByRole(AriaRole.Row, new() { Name = "6 Amount '=SUM(A1:A3)' is a spreadsheet formula, not a number." })).ToBeVisibleAsync();
        await Expect(rejected.GetByRole(AriaRole.Row, new() { Name = "7 Currency 'XYZ' is an unknown currency." })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import 6 rows" })).ToBeDisabledAsync();

        // In Hungarian the reasons are Hungarian.
        await page.UseLanguageAsync("hu");
        await PreviewAsync(page, file, "Előnézet");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Hibás sorok" })).ToContainTextAsync("A(z) „=SUM(A1:A3)” táblázatkezelő-képlet, nem szám.");

        // Not even the good row was written.
        var response = await page.Context.APIRequest.GetAsync($"/api/v1/sales/records?type=deals&id=bad-{run}-1");
        Assert.Equal(404, response.Status);
    }

    private static async Task PreviewAsync(IPage page, string file, string button = "Preview")
    {
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await Expect(page.GetByTestId("import-file")).ToContainTextAsync(Path.GetFileName(file));
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }
}

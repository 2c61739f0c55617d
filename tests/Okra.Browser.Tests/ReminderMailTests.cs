using System.Text.RegularExpressions;
using Okra.Browser.Tests.Infrastructure;
using Okra.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okra.Browser.Tests;

/// <summary>
/// The weekly check-in reminder as a member meets it: Gábor has a key result due (made for this test), the admin sends the
/// reminders now from the admin page, the mail reaches the test's own SMTP server, and its link opens Gábor's check-in page
/// with that key result on it.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class ReminderMailTests(BrowserApp app)
{
    [Fact]
    public async Task SendRemindersNow_MailReachesTheMember_AndItsLinkOpensTheCheckInPage()
    {
        var title = $"Book 20 renewal calls {Guid.NewGuid():N}"[..34];
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(Demo.Anna);
        await admin.UseLanguageAsync("en");
        await admin.FreshKeyResultAsync(Demo.Gabor, title);

        await admin.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Notifications" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send check-in reminders now" }).ClickAsync();
        await Expect(admin.GetByText(ReminderSent())).ToBeVisibleAsync();

        // The handler sends the outbox before it answers; the SMTP server has the message by the time the page says so.
        var mail = Assert.Single(SmtpTestServer.Shared.To(Demo.Gabor), m => m.TextBody?.Contains(title, StringComparison.Ordinal) == true);
        Assert.False(string.IsNullOrWhiteSpace(mail.Subject));
        var link = CheckInLink().Match(mail.TextBody!).Value;
        Assert.Equal(app.Server.Address.ToString().TrimEnd('/') + "/check-in", link);

        var gabor = await app.NewPageAsync();
        await gabor.SignInAsync(Demo.Gabor);
        await gabor.GotoAsync(link);
        await gabor.WaitForInteractiveAsync();
        await Expect(gabor).ToHaveURLAsync(link);
        await Expect(gabor.Locator("main")).ToContainTextAsync(title);
        await gabor.KeepScreenshotAsync("reminder-check-in");
    }

    [GeneratedRegex(@"^Reminders sent to \d+ people\.$")]
    private static partial Regex ReminderSent();

    [GeneratedRegex(@"https?://\S+/check-in")]
    private static partial Regex CheckInLink();
}

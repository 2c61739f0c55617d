using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Okra.Domain.Access;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Rhythm;

/// <summary>Check-in reminders and the leads' digest, by the schedule, over a real SMTP conversation and in the app.</summary>
public abstract class RemindersTests(OkraApp app) : RhythmTestBase(app)
{
    [Fact]
    public async Task WeeklyReminder_ReachesWhoIsDue_ByEmailInTheirLanguage_AndInTheApp()
    {
        var hungarian = await PersonInAsync("hu", "Szabó Eszter");
        var english = await PersonInAsync("en", "Gabor Toth");
        var done = await PersonInAsync("en", "Peter Done");
        var hungarianKr = await ActiveKeyResultAsync(hungarian.Id, "Új MRR");
        await ActiveKeyResultAsync(english.Id, "New customers");
        await ActiveKeyResultAsync(english.Id, "Cold calls");
        var doneKr = await ActiveKeyResultAsync(done.Id);

        await RunJobAsync(App, "check-in-reminders");
        await DispatchAsync(App);

        var hu = Assert.Single(Smtp.To(hungarian.Email));
        Assert.Equal("Esedékes állapotjelentés: 1 kulcseredmény ezen a héten", hu.Subject);
        Assert.Contains("Kedves Szabó Eszter!", hu.TextBody);
        Assert.Contains("• Új MRR (cél: ", hu.TextBody);
        Assert.Contains("/check-in", hu.TextBody);
        Assert.Equal("okra@example.test", hu.From.Mailboxes.Single().Address);
        var en = Assert.Single(Smtp.To(english.Email));
        Assert.Equal("Check-in due: 2 key results this week", en.Subject);
        Assert.Contains("Hello Gabor Toth,", en.TextBody);
        Assert.Contains("• New customers (objective: ", en.TextBody);
        Assert.Contains("• Cold calls (objective: ", en.TextBody);

        // In the app: the bell of the Hungarian seller, in Hungarian; marking read clears the count.
        using var seller = App.ClientFor(await App.AccountAsync(AccountRole.Member, hungarian.Id));
        var mine = await ReadAsync(await seller.GetAsync("/api/v1/notifications"), HttpStatusCode.OK);
        Assert.Equal(1, (int)mine["unread"]!);
        var item = mine["items"]!.AsArray().Single()!;
        Assert.Equal("1 kulcseredmény vár állapotjelentésre", (string)item["text"]!);
        Assert.Equal("/check-in", (string)item["link"]!);
        await ReadAsync(await seller.PostAsync($"/api/v1/notifications/{(string)item["id"]!}/read", null), HttpStatusCode.NoContent);
        Assert.Equal(0, (int)(await ReadAsync(await seller.GetAsync("/api/v1/notifications"), HttpStatusCode.OK))["unread"]!);
        // Someone else's notification is not found for the caller.
        using var other = App.ClientFor(await App.AccountAsync(AccountRole.Member, english.Id));
        await ReadAsync(await other.PostAsync($"/api/v1/notifications/{(string)item["id"]!}/read", null), HttpStatusCode.NotFound);
        await ReadAsync(await other.PostAsync("/api/v1/notifications/read-all", null), HttpStatusCode.NoContent);
        Assert.Equal(0, (int)(await ReadAsync(await other.GetAsync("/api/v1/notifications"), HttpStatusCode.OK))["unread"]!);

        // Next week: whoever checked in during that week gets no reminder; the others get their second.
        await CheckInAsync(hungarianKr, 40m, Today());
        await AdvanceToAsync("check-in-reminders");
        await CheckInAsync(doneKr, 45m, Today());
        Assert.Contains("check-in-reminders", await App.Services.GetRequiredService<Okra.Rhythm.JobScheduler>().RunDueAsync(default));
        await DispatchAsync(App);
        Assert.Single(Smtp.To(done.Email));
        Assert.Equal(2, Smtp.To(hungarian.Email).Count);
        Assert.Equal(2, Smtp.To(english.Email).Count);
    }

    [Fact]
    public async Task LeadDigest_ListsMissingCheckIns_WorseStatus_ConfidenceDrops_AndBlockers_InEachLeadsLanguage()
    {
        var team = await TeamAsync($"Sales {Guid.NewGuid():N}"[..14]);
        var leadEn = await PersonInAsync("en", "Lead English");
        var leadHu = await PersonInAsync("hu", "Vezető Magyar");
        var seller = await PersonInAsync("hu", "Eladó Éva");
        var quiet = await PersonInAsync("en", "Quiet Quentin");
        foreach (var (person, role) in new[] { (leadEn.Id, "lead"), (leadHu.Id, "lead"), (seller.Id, "member"), (quiet.Id, "member") })
            await PutAsync($"/api/v1/teams/{team}/members/{person}", new { role });
        var slipping = await ActiveKeyResultAsync(seller.Id, "Pipeline value");
        await ActiveKeyResultAsync(quiet.Id, "Demo calls");

        // Due Monday 08:00; a week before, "Pipeline value" was on track at confidence 8; now it is far behind at 5 with a blocker.
        await App.Services.GetRequiredService<Okra.Rhythm.JobScheduler>().RunDueAsync(default);
        await AdvanceToAsync("lead-digest");
        await PostAsync($"/api/v1/key-results/{slipping}/check-ins", new { date = DaysAgo(8), value = 60m, confidence = 8 });
        await PostAsync($"/api/v1/key-results/{slipping}/check-ins", new { date = DaysAgo(1), value = 30m, confidence = 5, blockers = "Waiting for legal" });
        Assert.Contains("lead-digest", await App.Services.GetRequiredService<Okra.Rhythm.JobScheduler>().RunDueAsync(default));
        await DispatchAsync(App);

        var en = Assert.Single(Smtp.To(leadEn.Email));
        Assert.StartsWith("Weekly digest for Sales", en.Subject);
        Assert.Contains("Missing check-ins", en.TextBody);
        Assert.Contains("• Quiet Quentin: 1 key results without a check-in", en.TextBody);
        Assert.Contains("• Pipeline value (Eladó Éva): On track → Off track", en.TextBody);
        Assert.Contains("• Pipeline value (Eladó Éva): 8 → 5", en.TextBody);
        Assert.Contains("• Pipeline value (Eladó Éva): Waiting for legal", en.TextBody);
        var hu = Assert.Single(Smtp.To(leadHu.Email));
        Assert.StartsWith("Heti összefoglaló – Sales", hu.Subject);
        Assert.Contains("Hiányzó állapotjelentések", hu.TextBody);
        Assert.Contains("• Pipeline value (felelős: Eladó Éva): Terv szerint → Lemaradásban", hu.TextBody);
        Assert.Contains("Jelzett akadályok", hu.TextBody);
        // Members get no digest.
        Assert.DoesNotContain(Smtp.To(quiet.Email), m => m.Subject?.Contains("digest", StringComparison.OrdinalIgnoreCase) == true);

        var missing = (await GetAsync($"/api/v1/teams/{team}/missing-check-ins")).AsArray();
        Assert.Contains(missing, m => (string)m!["name"]! == "Quiet Quentin" && (int)m["due"]! == 1);
    }

    /// <summary>Moves the clock to <paramref name="job"/>'s next time without running it yet.</summary>
    private async Task AdvanceToAsync(string job)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var next = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            scope.ServiceProvider.GetRequiredService<Okra.Data.OkraDbContext>().ScheduledJobs.Where(j => j.Name == job).Select(j => j.NextRunAt));
        if (next > App.Clock.GetUtcNow()) App.Clock.SetUtcNow(next);
    }

    private string Today() => DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private string DaysAgo(int days) => DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddDays(-days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class RemindersTests_Sqlite(SqliteApp app) : RemindersTests(app), IClassFixture<SqliteApp>;

public sealed class RemindersTests_Postgres(PostgresApp app) : RemindersTests(app), IClassFixture<PostgresApp>;

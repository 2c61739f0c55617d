using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Okra.Data;
using Okra.Domain.Integrations;
using Okra.Domain.Rhythm;
using Okra.Hosting;
using Okra.Notifications;

namespace Okra.Rhythm;

/// <summary>
/// Queues this period's check-in reminders: for everyone with due key results an in-app notification and, when SMTP is
/// configured, an e-mail in their own language. Both are written in one SaveChanges; the outbox sends the e-mails.
/// </summary>
public sealed class CheckInReminders(
    OkraDbContext db, DueKeyResults due, Today today, LocalizedTexts texts, IOptions<SmtpOptions> smtp, IOptions<RhythmOptions> rhythm)
{
    public const string Kind = "CheckInReminder";

    /// <summary>Queues the reminders; answers how many people get one.</summary>
    public async Task<int> QueueAsync(CancellationToken ct)
    {
        var dueNow = await due.ReadAsync(today.Date, null, ct);
        var owners = dueNow.Select(d => d.OwnerPersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => owners.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var link = rhythm.Value.PublicUrl.TrimEnd('/') + "/check-in";
        foreach (var mine in dueNow.GroupBy(d => d.OwnerPersonId))
        {
            var person = people[mine.Key];
            var items = mine.ToList();
            db.Notifications.Add(new Notification(person.Id, NotificationKind.CheckInReminder, items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "/check-in", today.Now));
            if (!smtp.Value.IsConfigured) continue;
            var (subject, body) = texts.In(person.Locale, (t, _) =>
            {
                var text = new StringBuilder()
                    .AppendLine(t["Reminder_Greeting", person.Name]).AppendLine()
                    .AppendLine(t["Reminder_Intro"]);
                foreach (var item in items) text.AppendLine(t["Reminder_Item", item.Title, item.ObjectiveTitle]);
                text.AppendLine().AppendLine(t["Reminder_Link", link]).AppendLine().AppendLine(t["Mail_Signature"]);
                var title = items.Count == 1 ? t["Reminder_SubjectOne"].Value : t["Reminder_SubjectMany", items.Count].Value;
                return (title, text.ToString());
            });
            db.Deliveries.Add(Delivery.Email(person.Email, subject, body, Kind, today.Now));
        }
        await db.SaveChangesAsync(ct);
        return owners.Count;
    }
}

/// <summary>The weekly check-in reminder on the schedule of <see cref="RhythmOptions.ReminderDay"/> and time.</summary>
public sealed class ReminderJob(IOptions<RhythmOptions> options, IOptions<OkraOptions> okra) : IScheduledWork
{
    public string Name => "check-in-reminders";

    public DateTimeOffset NextAfter(DateTimeOffset after) =>
        new WeeklySlot(options.Value.ReminderDay, options.Value.ReminderTime, TimeZoneInfo.FindSystemTimeZoneById(okra.Value.TimeZone)).NextAfter(after);

    public Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<CheckInReminders>().QueueAsync(ct);
}

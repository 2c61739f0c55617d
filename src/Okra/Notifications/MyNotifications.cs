using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Rhythm;
using Okra.Security;

namespace Okra.Notifications;

/// <summary>One notification as the bell and the API show it, its text in the reader's language.</summary>
public sealed record NotificationResponse(Guid Id, NotificationKind Kind, string Text, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The latest notifications of the caller and how many are unread.</summary>
public sealed record NotificationsResponse(int Unread, IReadOnlyList<NotificationResponse> Items);

/// <summary>Reads, and marks read, the signed-in person's own notifications; nobody reads another's.</summary>
public static class MyNotifications
{
    /// <summary>The bell shows this many.</summary>
    public const int Latest = 30;

    /// <summary>The caller's notifications, worded in the caller's own language (a token carries no language cookie).</summary>
    public static async Task<Ok<NotificationsResponse>> List(OkraDbContext db, CurrentActor actor, LocalizedTexts texts, CancellationToken ct)
    {
        var personId = (await actor.AccountAsync(ct)).PersonId;
        var locale = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Locale).FirstOrDefaultAsync(ct) ?? Domain.Common.Locale.English;
        var (unread, latest) = await ReadAsync(db, personId, ct);
        return TypedResults.Ok(texts.In(locale, (t, _) => Render(unread, latest, t)));
    }

    /// <summary>The unread count and the latest notifications of <paramref name="personId"/>.</summary>
    public static async Task<(int Unread, List<Notification> Latest)> ReadAsync(OkraDbContext db, Guid personId, CancellationToken ct)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.PersonId == personId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var latest = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Latest).ToListAsync(ct);
        return (unread, latest);
    }

    /// <summary>Words the notifications with <paramref name="texts"/> (in the culture it is called in).</summary>
    public static NotificationsResponse Render(int unread, IEnumerable<Notification> latest, IStringLocalizer texts) =>
        new(unread, latest.Select(n => new NotificationResponse(
            n.Id, n.Kind, texts[$"Notification_{n.Kind}", n.Argument].Value, n.Link, n.CreatedAt, n.ReadAt)).ToList());

    public static async Task<Results<NoContent, ProblemHttpResult>> MarkRead(Guid id, OkraDbContext db, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var personId = (await actor.AccountAsync(ct)).PersonId;
        // Another person's notification is answered like a missing one: its existence is not the caller's business.
        if (await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.PersonId == personId, ct) is not { } notification)
            return Problems.NotFound("Notification", id);
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> MarkAllRead(OkraDbContext db, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var personId = (await actor.AccountAsync(ct)).PersonId;
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.PersonId == personId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return TypedResults.NoContent();
    }

}

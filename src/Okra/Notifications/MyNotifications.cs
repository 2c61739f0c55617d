using System.Globalization;
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

    public static async Task<Ok<NotificationsResponse>> List(OkraDbContext db, CurrentActor actor, IStringLocalizer<RhythmTexts> texts, CancellationToken ct) =>
        TypedResults.Ok(await ReadAsync(db, (await actor.GetAsync(ct)).PersonId, texts, ct));

    public static async Task<NotificationsResponse> ReadAsync(OkraDbContext db, Guid personId, IStringLocalizer<RhythmTexts> texts, CancellationToken ct)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.PersonId == personId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var latest = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Latest).ToListAsync(ct);
        return new NotificationsResponse(unread, latest.Select(n => new NotificationResponse(
            n.Id, n.Kind, texts[$"Notification_{n.Kind}", n.Argument].Value, n.Link, n.CreatedAt, n.ReadAt)).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> MarkRead(Guid id, OkraDbContext db, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var personId = (await actor.GetAsync(ct)).PersonId;
        // Another person's notification is answered like a missing one: its existence is not the caller's business.
        if (await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.PersonId == personId, ct) is not { } notification)
            return Problems.NotFound("Notification", id);
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> MarkAllRead(OkraDbContext db, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var personId = (await actor.GetAsync(ct)).PersonId;
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.PersonId == personId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return TypedResults.NoContent();
    }

    /// <summary>A notification's time for the bell, in the reader's culture.</summary>
    public static string When(DateTimeOffset at, CultureInfo culture) => at.ToLocalTime().ToString("g", culture);
}

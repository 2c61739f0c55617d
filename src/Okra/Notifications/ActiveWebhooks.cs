using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Integrations;

namespace Okra.Notifications;

/// <summary>
/// The active webhook subscriptions, which every announcement (every check-in) reads: kept for
/// <see cref="KeptFor"/> and dropped at once when this app changes a subscription (<see cref="Changed"/>, called by
/// <see cref="Integrations.SaveWebhook"/>). Another app instance on the same PostgreSQL database sees a change within
/// that time: a subscription added there starts receiving up to two seconds later, and one switched off there may still
/// be handed the events of those two seconds (one removed gets none: the dispatcher reads it again before sending).
/// </summary>
public sealed class ActiveWebhooks
{
    /// <summary>How long a reading is used before the next announcement reads them again.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(2);

    private static readonly CompiledListQuery<bool, WebhookSubscription> Active =
        new((db, active) => db.WebhookSubscriptions.AsNoTracking().Where(s => s.IsActive == active));

    private sealed record Reading(IReadOnlyList<WebhookSubscription> Subscriptions, long ReadAt, long Generation);

    private Reading? last;
    private long generation;

    /// <summary>The active subscriptions (shared and read-only: never attach them to a context).</summary>
    public async Task<IReadOnlyList<WebhookSubscription>> GetAsync(OkraDbContext db, CancellationToken ct)
    {
        var now = Environment.TickCount64;
        var current = Interlocked.Read(ref generation);
        if (Volatile.Read(ref last) is { } reading && reading.Generation == current && now - reading.ReadAt < KeptFor.TotalMilliseconds)
            return reading.Subscriptions;
        // Read after taking the generation: a change meanwhile moves it on, so this reading is not used after that.
        var subscriptions = await Active.ListAsync(db, true, ct);
        Volatile.Write(ref last, new Reading(subscriptions, now, current));
        return subscriptions;
    }

    /// <summary>A subscription was added, changed or removed: the next announcement reads them again.</summary>
    public void Changed() => Interlocked.Increment(ref generation);
}

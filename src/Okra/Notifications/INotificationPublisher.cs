using Okra.Domain.Integrations;

namespace Okra.Notifications;

/// <summary>
/// Something that happened in Okra, for webhook subscribers and — when it names people — their notification bells.
/// </summary>
/// <param name="Type">What happened.</param>
/// <param name="Actor">Who did it (a person's name), or who it is about for an achievement.</param>
/// <param name="Subject">What it happened to: a key result's or objective's title, the kudos message, the review's title.</param>
/// <param name="Detail">One more value the text shows: a check-in's value, a new status (<c>Domain.Progress.Status</c> name).</param>
/// <param name="Link">The app-relative page to open, e.g. <c>/key-results/{id}</c>.</param>
/// <param name="NotifyPersonIds">People who get an in-app notification (kudos and achievement: the recognised person).</param>
/// <param name="Data">Machine-readable ids and values, passed to generic webhooks as they are.</param>
public sealed record OkraEvent(
    OkraEventType Type,
    string Actor,
    string Subject,
    string? Detail = null,
    string? Link = null,
    IReadOnlyList<Guid>? NotifyPersonIds = null,
    IReadOnlyDictionary<string, string?>? Data = null);

/// <summary>
/// Announces an <see cref="OkraEvent"/>. The publisher only <b>stages</b> rows — one outbox delivery per subscribed
/// webhook and one notification per person to notify — in the caller's scoped <c>OkraDbContext</c>: they are written by
/// the caller's next <c>SaveChangesAsync</c>, in the same transaction as the change they announce, and sent later by the
/// background worker. A slow or failing receiver therefore never blocks or fails the caller.
/// </summary>
public interface INotificationPublisher
{
    Task PublishAsync(OkraEvent okraEvent, CancellationToken ct);
}

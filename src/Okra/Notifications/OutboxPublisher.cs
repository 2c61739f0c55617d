using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Okra.Data;
using Okra.Domain.Common;
using Okra.Domain.Integrations;
using Okra.Domain.Progress;
using Okra.Domain.Rhythm;
using Okra.Rhythm;

namespace Okra.Notifications;

/// <summary>Stages webhook deliveries and notifications for an event in the scoped DbContext (see <see cref="INotificationPublisher"/>).</summary>
public sealed class OutboxPublisher(OkraDbContext db, TimeProvider clock, LocalizedTexts texts, IOptions<RhythmOptions> options, ActiveWebhooks webhooks)
    : INotificationPublisher
{
    public async Task PublishAsync(OkraEvent okraEvent, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (Notified(okraEvent.Type) is { } kind)
            foreach (var person in (okraEvent.NotifyPersonIds ?? []).Distinct())
                db.Notifications.Add(new Notification(person, kind, Shortened(okraEvent.NotificationArgument ?? okraEvent.Subject), okraEvent.Link, now));

        var subscriptions = (await webhooks.GetAsync(db, ct)).Where(s => s.Wants(okraEvent.Type)).ToList();
        if (subscriptions.Count == 0) return;
        var locale = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Locale).FirstOrDefaultAsync(ct) ?? Locale.English;
        var url = okraEvent.Link is null ? null : options.Value.PublicUrl.TrimEnd('/') + okraEvent.Link;
        var (text, open) = texts.In(locale, (t, shared) => (
            t[$"Event_{okraEvent.Type}", okraEvent.Actor, okraEvent.Subject, DetailText(okraEvent, shared)].Value,
            t["Event_Open"].Value));
        foreach (var subscription in subscriptions)
            db.Deliveries.Add(Delivery.Webhook(subscription, okraEvent.Type, WebhookBody.Of(subscription.Format, okraEvent, text, open, url, now), now));
    }

    /// <summary>A notification keeps at most <see cref="NotificationArgumentLength"/> characters of a long kudos message or title.</summary>
    private static string Shortened(string argument) =>
        argument.Length <= NotificationArgumentLength ? argument : argument[..(NotificationArgumentLength - 1)].TrimEnd() + "…";

    private const int NotificationArgumentLength = 400;

    private static string DetailText(OkraEvent e, Microsoft.Extensions.Localization.IStringLocalizer shared) =>
        e.Type == OkraEventType.KeyResultStatusChanged && Enum.TryParse<Status>(e.Detail, out var status)
            ? shared[$"Status_{status}"].Value
            : e.Detail ?? "";

    private static NotificationKind? Notified(OkraEventType type) => type switch
    {
        OkraEventType.Kudos => NotificationKind.Kudos,
        OkraEventType.Achievement => NotificationKind.Achievement,
        OkraEventType.ReviewPublished => NotificationKind.ReviewPublished,
        _ => null,
    };
}

/// <summary>The body each receiver format expects.</summary>
public static class WebhookBody
{
    public static string Of(WebhookFormat format, OkraEvent e, string text, string open, string? url, DateTimeOffset now)
    {
        JsonNode body = format switch
        {
            WebhookFormat.Slack => new JsonObject { ["text"] = url is null ? text : $"{text} <{url}|{open}>" },
            WebhookFormat.Teams => new JsonObject
            {
                ["@type"] = "MessageCard",
                ["@context"] = "https://schema.org/extensions",
                ["summary"] = text,
                ["text"] = text,
                ["potentialAction"] = url is null ? new JsonArray() : new JsonArray(new JsonObject
                {
                    ["@type"] = "OpenUri",
                    ["name"] = open,
                    ["targets"] = new JsonArray(new JsonObject { ["os"] = "default", ["uri"] = url }),
                }),
            },
            _ => new JsonObject
            {
                ["id"] = Guid.CreateVersion7().ToString(),
                ["type"] = JsonNamingPolicy.CamelCase.ConvertName(e.Type.ToString()),
                ["occurredAt"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["actor"] = e.Actor,
                ["subject"] = e.Subject,
                ["detail"] = e.Detail,
                ["url"] = url,
                ["text"] = text,
                ["data"] = new JsonObject((e.Data ?? new Dictionary<string, string?>()).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            },
        };
        return body.ToJsonString();
    }
}

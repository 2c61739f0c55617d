using Okra.Domain.Common;

namespace Okra.Domain.Integrations;

/// <summary>How a queued message leaves Okra.</summary>
public enum DeliveryChannel
{
    /// <summary>An e-mail over SMTP to <see cref="Delivery.Recipient"/>.</summary>
    Email,

    /// <summary>An HTTP POST to a webhook subscription.</summary>
    Webhook,
}

/// <summary>Where a queued message stands.</summary>
public enum DeliveryState
{
    /// <summary>Waiting for its (next) try.</summary>
    Pending,

    /// <summary>Delivered.</summary>
    Sent,

    /// <summary>Given up after <see cref="BackOff.MaxAttempts"/> tries.</summary>
    Failed,
}

/// <summary>
/// One outgoing message in the outbox: written in the same transaction as the change it announces, sent later by the
/// background worker, retried with <see cref="BackOff"/>. Each try's outcome is kept, so the admin's delivery log shows it.
/// </summary>
public sealed class Delivery
{
    private Delivery() { }

    /// <summary>An e-mail, due at once.</summary>
    public static Delivery Email(string recipient, string subject, string body, string? kind, DateTimeOffset now) =>
        new(DeliveryChannel.Email, null, Guard.Text(recipient, "recipient", 320), Guard.Text(subject, "subject", 400), body, kind, now);

    /// <summary>A webhook post of <paramref name="body"/> to <paramref name="subscription"/>, due at once.</summary>
    public static Delivery Webhook(WebhookSubscription subscription, OkraEventType type, string body, DateTimeOffset now) =>
        new(DeliveryChannel.Webhook, subscription.Id, subscription.Url, null, body, type.ToString(), now);

    private Delivery(DeliveryChannel channel, Guid? subscriptionId, string recipient, string? subject, string body, string? kind, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        Channel = channel;
        SubscriptionId = subscriptionId;
        Recipient = recipient;
        Subject = subject;
        Body = body;
        Kind = kind;
        CreatedAt = now;
        NextAttemptAt = now;
        State = DeliveryState.Pending;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>E-mail or webhook.</summary>
    public DeliveryChannel Channel { get; private set; }

    /// <summary>The webhook subscription, for webhooks.</summary>
    public Guid? SubscriptionId { get; private set; }

    /// <summary>The e-mail address, or the webhook URL at the time of queueing.</summary>
    public string Recipient { get; private set; } = "";

    /// <summary>The e-mail's subject.</summary>
    public string? Subject { get; private set; }

    /// <summary>The e-mail's text, or the webhook's JSON body.</summary>
    public string Body { get; private set; } = "";

    /// <summary>What it announces: an event type, or the kind of e-mail (reminder, digest).</summary>
    public string? Kind { get; private set; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Pending, sent or failed.</summary>
    public DeliveryState State { get; private set; }

    /// <summary>Tries so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>When the next try is due (pending only).</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The instance sending it right now, if any.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>Until when the claim holds; an instance that died while sending loses it then.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>When it was delivered.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The last try's HTTP status, for webhooks.</summary>
    public int? LastStatusCode { get; private set; }

    /// <summary>Why the last try failed.</summary>
    public string? LastError { get; private set; }

    /// <summary>Records a successful try.</summary>
    public void Succeeded(DateTimeOffset now, int? statusCode)
    {
        Attempts++;
        State = DeliveryState.Sent;
        SentAt = now;
        LastStatusCode = statusCode;
        LastError = null;
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    /// <summary>Records a failed try and schedules the next by <see cref="BackOff"/>, or gives up.</summary>
    public void Failed(DateTimeOffset now, int? statusCode, string error)
    {
        Attempts++;
        LastStatusCode = statusCode;
        LastError = error.Length > 1000 ? error[..1000] : error;
        ClaimedBy = null;
        ClaimedUntil = null;
        if (BackOff.GivesUp(Attempts)) State = DeliveryState.Failed;
        else NextAttemptAt = now + BackOff.After(Attempts);
    }
}

namespace Okra.Domain.Integrations;

/// <summary>The events Okra announces to webhook subscribers (and, where they name a person, in the app).</summary>
public enum OkraEventType
{
    /// <summary>Someone checked in on a key result.</summary>
    CheckInCreated,

    /// <summary>A key result's status changed (e.g. on track → at risk, or achieved).</summary>
    KeyResultStatusChanged,

    /// <summary>An achievement was awarded.</summary>
    Achievement,

    /// <summary>Someone gave kudos to a person or a team.</summary>
    Kudos,

    /// <summary>A review meeting's record was published.</summary>
    ReviewPublished,
}

/// <summary>The body a webhook receiver expects.</summary>
public enum WebhookFormat
{
    /// <summary>A Slack incoming webhook: <c>{"text": …}</c>.</summary>
    Slack,

    /// <summary>A Microsoft Teams incoming webhook: a MessageCard.</summary>
    Teams,

    /// <summary>Okra's own JSON, signed with HMAC-SHA256 (<see cref="WebhookSignature"/>).</summary>
    Generic,
}

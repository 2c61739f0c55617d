using System.Security.Cryptography;
using Okra.Domain.Common;

namespace Okra.Domain.Integrations;

/// <summary>An outgoing webhook: where Okra posts which events, in which format.</summary>
public sealed class WebhookSubscription
{
    private WebhookSubscription() { }

    /// <summary>A new active subscription with a fresh secret for signing.</summary>
    public WebhookSubscription(string name, string url, WebhookFormat format, IEnumerable<OkraEventType> events, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        Secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        CreatedAt = now;
        Update(name, url, format, events, isActive: true);
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>A name for the admin, e.g. "#sales on Slack".</summary>
    public string Name { get; private set; } = "";

    /// <summary>The receiver's absolute http(s) URL.</summary>
    public string Url { get; private set; } = "";

    /// <summary>Slack, Teams or generic.</summary>
    public WebhookFormat Format { get; private set; }

    /// <summary>The subscribed events, comma-separated names.</summary>
    public string Events { get; private set; } = "";

    /// <summary>The HMAC key of generic webhooks; kept to sign each delivery.</summary>
    public string Secret { get; private set; } = "";

    /// <summary>False while paused: nothing new is queued for it.</summary>
    public bool IsActive { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The subscribed events.</summary>
    public IReadOnlyList<OkraEventType> EventTypes =>
        Events.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<OkraEventType>).ToList();

    /// <summary>True when <paramref name="type"/> is subscribed.</summary>
    public bool Wants(OkraEventType type) => IsActive && EventTypes.Contains(type);

    /// <summary>Changes what, where and how; the URL must be absolute http or https, and at least one event subscribed.</summary>
    public void Update(string name, string url, WebhookFormat format, IEnumerable<OkraEventType> events, bool isActive)
    {
        var validName = Guard.Text(name, "name", 100);
        var validUrl = Guard.Text(url, "url", 1000);
        if (!Uri.TryCreate(validUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new DomainValidationException("url", "must be an absolute http or https address.");
        var types = events.Select(e => Guard.Defined(e, "events")).Distinct().Order().ToList();
        if (types.Count == 0) throw new DomainValidationException("events", "Choose at least one event.");
        Name = validName;
        Url = validUrl;
        Format = Guard.Defined(format, "format");
        Events = string.Join(',', types);
        IsActive = isActive;
    }
}

namespace Okra.Domain.Sales;

/// <summary>A customer complaint (ticket): opened, first response, resolved, severity.</summary>
public sealed class Complaint
{
    private Complaint() { }

    /// <summary>Creates a complaint; the response and resolution cannot come before it was opened.</summary>
    public Complaint(string externalId, string? customerExternalId, DateTime openedAt, DateOnly openedOn,
        DateTime? firstResponseAt, DateTime? resolvedAt, DateOnly? resolvedOn, ComplaintSeverity severity, Guid? ownerPersonId)
    {
        Id = Common.Uuid7.NewGuid();
        ExternalId = SalesGuard.ExternalId(externalId);
        CustomerExternalId = SalesGuard.Code(customerExternalId, "customer");
        OpenedAt = SalesGuard.Utc(openedAt);
        OpenedOn = openedOn;
        FirstResponseAt = SalesGuard.NotBefore(firstResponseAt is { } f ? SalesGuard.Utc(f) : null, OpenedAt, "firstResponseAt");
        ResolvedAt = SalesGuard.NotBefore(resolvedAt is { } r ? SalesGuard.Utc(r) : null, OpenedAt, "resolvedAt");
        ResolvedOn = ResolvedAt is null ? null : resolvedOn ?? throw new Common.DomainValidationException("resolvedAt", "needs its day.");
        Severity = Common.Guard.Defined(severity, "severity");
        OwnerPersonId = ownerPersonId;
    }

    /// <summary>Identity in Okra.</summary>
    public Guid Id { get; private set; }

    /// <summary>The id in the source system.</summary>
    public string ExternalId { get; private set; } = "";

    /// <summary>The customer's external id.</summary>
    public string? CustomerExternalId { get; private set; }

    /// <summary>When it was opened, UTC.</summary>
    public DateTime OpenedAt { get; private set; }

    /// <summary>The organisation's day it was opened.</summary>
    public DateOnly OpenedOn { get; private set; }

    /// <summary>The first answer to the customer, UTC.</summary>
    public DateTime? FirstResponseAt { get; private set; }

    /// <summary>When it was resolved, UTC; null while open.</summary>
    public DateTime? ResolvedAt { get; private set; }

    /// <summary>The organisation's day it was resolved.</summary>
    public DateOnly? ResolvedOn { get; private set; }

    /// <summary>Low to critical.</summary>
    public ComplaintSeverity Severity { get; private set; }

    /// <summary>Who handles it; when empty, the customer's owner counts.</summary>
    public Guid? OwnerPersonId { get; private set; }

    /// <summary>Hours from opening to resolution; null while open.</summary>
    public decimal? HandlingHours => ResolvedAt is { } r ? (decimal)(r - OpenedAt).Ticks / TimeSpan.TicksPerHour : null;

    /// <summary>True when opened on or before <paramref name="day"/> and not resolved by its end.</summary>
    public bool IsOpenAt(DateOnly day) => OpenedOn <= day && (ResolvedOn is null || ResolvedOn > day);
}

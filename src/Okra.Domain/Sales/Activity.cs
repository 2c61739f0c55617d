namespace Okra.Domain.Sales;

/// <summary>A call, cold call, meeting, demo or e-mail by one owner.</summary>
public sealed class Activity
{
    private Activity() { }

    /// <summary>
    /// Creates an activity. <paramref name="date"/> is the day it happened where the organisation is (metrics count by
    /// it); <paramref name="occurredAt"/> the instant, in UTC.
    /// </summary>
    public Activity(string externalId, ActivityType type, Guid ownerPersonId, DateTime occurredAt, DateOnly date,
        string? customerExternalId, string? outcome)
    {
        Id = Common.Uuid7.NewGuid();
        ExternalId = SalesGuard.ExternalId(externalId);
        Type = Common.Guard.Defined(type, "type");
        if (ownerPersonId == Guid.Empty) throw new Common.DomainValidationException("owner", "is required.");
        OwnerPersonId = ownerPersonId;
        OccurredAt = SalesGuard.Utc(occurredAt);
        Date = date;
        CustomerExternalId = SalesGuard.Code(customerExternalId, "customer");
        Outcome = Common.Guard.OptionalText(outcome, "outcome", 200);
    }

    /// <summary>Identity in Okra.</summary>
    public Guid Id { get; private set; }

    /// <summary>The id in the source system.</summary>
    public string ExternalId { get; private set; } = "";

    /// <summary>Call, cold call, meeting, demo or e-mail.</summary>
    public ActivityType Type { get; private set; }

    /// <summary>Who did it.</summary>
    public Guid OwnerPersonId { get; private set; }

    /// <summary>When, in UTC.</summary>
    public DateTime OccurredAt { get; private set; }

    /// <summary>The organisation's day it happened on.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The customer's external id, when known.</summary>
    public string? CustomerExternalId { get; private set; }

    /// <summary>What came of it, as the CRM says (e.g. "connected", "no answer").</summary>
    public string? Outcome { get; private set; }
}

/// <summary>
/// How many activities of one type one person did on one day: kept up to date with every ingested batch, so that
/// activity key results are summed from a few rows per person instead of counted from millions.
/// </summary>
public sealed class ActivityDay
{
    private ActivityDay() { }

    /// <summary>Creates a count.</summary>
    public ActivityDay(Guid ownerPersonId, DateOnly date, ActivityType type, int count)
    {
        OwnerPersonId = ownerPersonId;
        Date = date;
        Type = type;
        Count = count;
    }

    /// <summary>The person.</summary>
    public Guid OwnerPersonId { get; private set; }

    /// <summary>The day.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The activity type.</summary>
    public ActivityType Type { get; private set; }

    /// <summary>How many.</summary>
    public int Count { get; private set; }
}

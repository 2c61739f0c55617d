using Okra.Domain.Common;
using Okra.Domain.KeyResults;
using Okra.Domain.Sales;

namespace Okra.Domain.Metrics;

/// <summary>
/// Binds a key result to a metric and its filters: the key result's values then come from sales data as system check-ins.
/// The team filter counts the team's members (and those of the teams below it) as they are now: Okra keeps no
/// membership history.
/// </summary>
public sealed class MetricBinding
{
    private MetricBinding() { }

    /// <summary>Binds <paramref name="keyResult"/>; a milestone cannot be bound, and owner and team filters exclude each other.</summary>
    public MetricBinding(KeyResult keyResult, MetricId metric, Guid? ownerPersonId, Guid? teamId, string? market, string? segment,
        ActivityType? activityType, DealType? dealType, DateTimeOffset now)
    {
        if (keyResult.Kind == KeyResultKind.Milestone)
            throw new DomainValidationException("metric", "cannot feed a milestone; bind a metric, recurring or threshold key result.");
        KeyResultId = keyResult.Id;
        Metric = Guard.Defined(metric, "metric");
        if (ownerPersonId is not null && teamId is not null)
            throw new DomainValidationException("teamId", "cannot be combined with ownerPersonId; filter by a person or by a team.");
        OwnerPersonId = ownerPersonId;
        TeamId = teamId;
        Market = SalesGuard.Code(market, "market");
        Segment = SalesGuard.Code(segment, "segment");
        ActivityType = activityType is { } a ? Guard.Defined(a, "activityType") : null;
        DealType = dealType is { } d ? Guard.Defined(d, "dealType") : null;
        BoundAt = now;
    }

    /// <summary>The key result (one binding each).</summary>
    public Guid KeyResultId { get; private set; }

    /// <summary>The metric.</summary>
    public MetricId Metric { get; private set; }

    /// <summary>Only this person's records.</summary>
    public Guid? OwnerPersonId { get; private set; }

    /// <summary>Only the records of this team's members (and the teams below it).</summary>
    public Guid? TeamId { get; private set; }

    /// <summary>Only this market.</summary>
    public string? Market { get; private set; }

    /// <summary>Only this customer segment.</summary>
    public string? Segment { get; private set; }

    /// <summary>Only this activity type (activity metrics).</summary>
    public ActivityType? ActivityType { get; private set; }

    /// <summary>Only this deal type (deal metrics).</summary>
    public DealType? DealType { get; private set; }

    /// <summary>When it was bound.</summary>
    public DateTimeOffset BoundAt { get; private set; }

    /// <summary>The filter, given the people that the owner or team filter stands for (null: everyone).</summary>
    public MetricFilter Filter(IReadOnlySet<Guid>? owners) => new(owners, Market, Segment, ActivityType, DealType);
}

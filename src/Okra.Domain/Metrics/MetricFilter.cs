using Okra.Domain.Sales;

namespace Okra.Domain.Metrics;

/// <summary>
/// Narrows the records a metric reads. <see cref="Owners"/> holds the people of an owner or team filter (null: everyone);
/// market, segment, activity type and deal type apply where a record has them.
/// </summary>
/// <param name="Owners">People whose records count; null for all.</param>
/// <param name="Market">A market code: the record's own market, else its customer's.</param>
/// <param name="Segment">The customer's segment.</param>
/// <param name="ActivityType">For activity metrics.</param>
/// <param name="DealType">For deal metrics.</param>
public sealed record MetricFilter(
    IReadOnlySet<Guid>? Owners = null, string? Market = null, string? Segment = null, ActivityType? ActivityType = null, DealType? DealType = null)
{
    /// <summary>No filter.</summary>
    public static MetricFilter None { get; } = new();

    /// <summary>True when only the owner and the activity type narrow it, so pre-aggregated daily counts can answer.</summary>
    public bool OnlyOwnerAndType => Market is null && Segment is null && DealType is null;

    internal bool OwnerMatches(Guid? owner) => Owners is null || (owner is { } o && Owners.Contains(o));

    internal bool MarketMatches(string? actual) => Market is null || string.Equals(Market, actual, StringComparison.OrdinalIgnoreCase);

    internal bool SegmentMatches(string? actual) => Segment is null || string.Equals(Segment, actual, StringComparison.OrdinalIgnoreCase);
}

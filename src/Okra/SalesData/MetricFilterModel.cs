using Okra.Domain.Metrics;
using Okra.Domain.Sales;
using Okra.Metrics;

namespace Okra.SalesData;

/// <summary>The filters a person picks for a metric: at most one of owner and team, and market, segment, activity and deal type.</summary>
public sealed class MetricFilterModel
{
    public MetricId Metric { get; set; } = MetricId.Activities;

    public Guid? OwnerPersonId { get; set; }

    public Guid? TeamId { get; set; }

    public string? Market { get; set; }

    public string? Segment { get; set; }

    public ActivityType? ActivityType { get; set; }

    public DealType? DealType { get; set; }

    /// <summary>The filter as the metric endpoints read it.</summary>
    public FilterQuery Query => new(OwnerPersonId, TeamId, Market, Segment, ActivityType?.ToString(), DealType?.ToString());

    /// <summary>The binding request of <c>PUT /api/v1/key-results/{id}/metric</c>.</summary>
    public BindingRequest Binding => new(Metric.ToString(), OwnerPersonId, TeamId, Market, Segment, ActivityType?.ToString(), DealType?.ToString());

    /// <summary>The drill-down page's address of a window with these filters.</summary>
    public string DrillDownUrl(DateOnly from, DateOnly to)
    {
        var query = new List<string> { $"metric={Metric}", $"from={from:yyyy-MM-dd}", $"to={to:yyyy-MM-dd}" };
        if (OwnerPersonId is { } o) query.Add($"owner={o}");
        if (TeamId is { } t) query.Add($"team={t}");
        if (Market is { } m) query.Add($"market={Uri.EscapeDataString(m)}");
        if (Segment is { } s) query.Add($"segment={Uri.EscapeDataString(s)}");
        if (ActivityType is { } a) query.Add($"activityType={a}");
        if (DealType is { } d) query.Add($"dealType={d}");
        return "/sales/drill-down?" + string.Join("&", query);
    }
}

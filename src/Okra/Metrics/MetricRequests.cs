using Okra.Domain.Common;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;
using Okra.SalesData;

namespace Okra.Metrics;

/// <summary>The filter query parameters of the metric endpoints.</summary>
public sealed record FilterQuery(Guid? OwnerPersonId, Guid? TeamId, string? Market, string? Segment, string? ActivityType, string? DealType)
{
    public ActivityType? ParsedActivityType => ActivityType is null ? null : ValueParsing.Enum(ActivityType, "activityType", ValueParsing.Names<ActivityType>());

    public DealType? ParsedDealType => DealType is null ? null : ValueParsing.Enum(DealType, "dealType", ValueParsing.Names<DealType>());
}

/// <summary>A key result's binding to a metric, as sent and answered.</summary>
public sealed record BindingRequest(string? Metric, Guid? OwnerPersonId, Guid? TeamId, string? Market, string? Segment, string? ActivityType, string? DealType);

public sealed record BindingResponse(Guid KeyResultId, MetricId Metric, string MetricName, MetricUnit Unit, Guid? OwnerPersonId, Guid? TeamId,
    string? Market, string? Segment, ActivityType? ActivityType, DealType? DealType, DateTimeOffset BoundAt)
{
    public static BindingResponse From(MetricBinding b) => new(b.KeyResultId, b.Metric, MetricCatalogue.Of(b.Metric).Name, MetricCatalogue.Of(b.Metric).Unit,
        b.OwnerPersonId, b.TeamId, b.Market, b.Segment, b.ActivityType, b.DealType, b.BoundAt);
}

public sealed record MetricResponse(MetricId Id, string Name, string Formula, MetricUnit Unit, IReadOnlyList<SalesRecordType> Sources, bool AtWindowEnd)
{
    public static MetricResponse From(MetricDefinition d) => new(d.Id, d.Name, d.Formula, d.Unit, d.Sources, d.AtWindowEnd);
}

public sealed record MetricValue(DateOnly From, DateOnly To, decimal? Value);

public sealed record MetricValuesResponse(MetricId Metric, MetricUnit Unit, string? Currency, IReadOnlyList<MetricValue> Values);

/// <summary>One record behind a value: its type, id, day, a short description, and its amount when it has one.</summary>
public sealed record DrillDownRecord(SalesRecordType Type, string ExternalId, DateOnly? Date, string Description, decimal? Amount, string? Currency, Guid? OwnerPersonId);

public sealed record DrillDownResponse(MetricId Metric, DateOnly From, DateOnly To, decimal? Value, MetricUnit Unit, IReadOnlyList<DrillDownRecord> Records);

internal static class MetricNames
{
    private static readonly Dictionary<string, MetricId> Names = ValueParsing.Names<MetricId>();

    public static MetricId Parse(string? text, string field = "metric") =>
        text is null ? throw new DomainValidationException(field, "is required.") : ValueParsing.Enum(text, field, Names);
}

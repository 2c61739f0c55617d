using Okra.Domain.Cycles;
using Okra.Domain.Sales;

namespace Okra.Domain.Metrics;

/// <summary>
/// Evaluates a metric of the catalogue over in-memory records, in a window of days, with a filter. The one place the
/// formulas live: the host's database path loads the records a metric needs and calls this; the recompute of automatic
/// key results does the same.
/// </summary>
public static partial class MetricEvaluator
{
    /// <summary>Decimals kept in percentages, averages, hours and money (counts are whole).</summary>
    public const int Decimals = 4;

    /// <summary>The value of <paramref name="metric"/> in <paramref name="window"/> and the records that make it up.</summary>
    public static MetricResult Evaluate(MetricId metric, MetricFilter filter, DateRange window, SalesData data) => metric switch
    {
        MetricId.NewCustomers => NewCustomers(filter, window, data),
        MetricId.DealsWon => Deals(filter, window, data, null, count: true),
        MetricId.DealsWonValue => Deals(filter, window, data, null, count: false),
        MetricId.AverageDealValue => AverageDeal(filter, window, data),
        MetricId.NewCustomerRevenue => Deals(filter, window, data, DealType.New, count: false),
        MetricId.UpsellRevenue => Deals(filter, window, data, DealType.Upsell, count: false),
        MetricId.CrossSellRevenue => Deals(filter, window, data, DealType.CrossSell, count: false),
        MetricId.BdMarketRevenue => BdMarketRevenue(filter, window, data),
        MetricId.Mrr => Mrr(filter, window, data),
        MetricId.MrrGrowth => MrrGrowth(filter, window, data),
        MetricId.NetRevenueRetention => NetRevenueRetention(filter, window, data),
        MetricId.AverageCustomerValue => AverageCustomerValue(filter, window, data),
        MetricId.Activities => Activities(filter, window, data),
        MetricId.MeetingConversion => MeetingConversion(filter, window, data),
        MetricId.Nps => Nps(filter, window, data),
        MetricId.SurveyAnswers => SurveyAnswers(filter, window, data),
        MetricId.ComplaintHandlingMedian => Handling(filter, window, data, Median),
        MetricId.ComplaintHandlingMean => Handling(filter, window, data, hours => hours.Average()),
        MetricId.ComplaintHandlingP90 => Handling(filter, window, data, P90),
        MetricId.OpenComplaints => OpenComplaints(filter, window, data),
        MetricId.MarketsIdentified => Markets(filter, window, data, m => m.IdentifiedOn),
        MetricId.MarketsValidated => Markets(filter, window, data, m => m.ValidatedOn),
        _ => throw new Common.DomainValidationException("metric", $"'{metric}' is not a metric of the catalogue."),
    };

    /// <summary>Rounds a non-count value the way every metric reports it.</summary>
    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>The median: the middle value, or the mean of the two middle values.</summary>
    public static decimal Median(IReadOnlyList<decimal> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    /// <summary>The 90th percentile by nearest rank: the ⌈0.9·n⌉-th smallest value.</summary>
    public static decimal P90(IReadOnlyList<decimal> values)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(0.9m * sorted.Count);
        return sorted[Math.Max(rank, 1) - 1];
    }

    private static MetricResult Result(decimal? value, IEnumerable<SalesRecordRef> records) => new(value, records.ToList());

    private static IEnumerable<SalesRecordRef> Refs<T>(IEnumerable<T> records, SalesRecordType type, Func<T, string> id) =>
        records.Select(r => new SalesRecordRef(type, id(r)));
}

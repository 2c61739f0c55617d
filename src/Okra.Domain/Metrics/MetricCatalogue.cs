using Okra.Domain.Sales;

namespace Okra.Domain.Metrics;

/// <summary>Every metric Okra computes from sales data, documented once for the API and the UI.</summary>
public static class MetricCatalogue
{
    private const SalesRecordType C = SalesRecordType.Customers;
    private const SalesRecordType D = SalesRecordType.Deals;
    private const SalesRecordType M = SalesRecordType.SubscriptionMovements;

    /// <summary>The catalogue in display order.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new(MetricId.NewCustomers, "New customers won",
            "Distinct customers with a won deal of type new closed in the window, counting only their first such deal.", MetricUnit.Count, [D, C]),
        new(MetricId.DealsWon, "Deals won (count)", "Won deals whose close date lies in the window.", MetricUnit.Count, [D, C]),
        new(MetricId.DealsWonValue, "Deals won (value)",
            "Σ amount of the won deals closed in the window, each converted to the organisation's currency at its close date.", MetricUnit.Currency, [D, C]),
        new(MetricId.Mrr, "MRR at a date",
            "Σ over subscription movements dated up to the window's end of (new + expansion − contraction − churn), converted at each movement's date.",
            MetricUnit.Currency, [M, C], AtWindowEnd: true),
        new(MetricId.MrrGrowth, "MRR growth %",
            "(MRR at the window's end − MRR the day before it starts) ÷ MRR the day before it starts × 100; none when that MRR is 0.",
            MetricUnit.Percent, [M, C], AtWindowEnd: true),
        new(MetricId.NetRevenueRetention, "Net revenue retention (NRR)",
            "For customers paying the day before the window starts: their MRR at the window's end ÷ their MRR the day before × 100 (new customers excluded).",
            MetricUnit.Percent, [M, C], AtWindowEnd: true),
        new(MetricId.AverageDealValue, "Average deal value", "Deals won (value) ÷ deals won (count); none without a won deal.", MetricUnit.Currency, [D, C]),
        new(MetricId.AverageCustomerValue, "Average customer value",
            "MRR at the window's end ÷ customers whose MRR is above 0 then.", MetricUnit.Currency, [M, C], AtWindowEnd: true),
        new(MetricId.NewCustomerRevenue, "New-customer revenue", "Σ converted amount of won deals of type new closed in the window.", MetricUnit.Currency, [D, C]),
        new(MetricId.UpsellRevenue, "Upsell revenue", "Σ converted amount of won deals of type upsell closed in the window.", MetricUnit.Currency, [D, C]),
        new(MetricId.CrossSellRevenue, "Cross-sell revenue", "Σ converted amount of won deals of type cross-sell closed in the window.", MetricUnit.Currency, [D, C]),
        new(MetricId.Activities, "Activities by type",
            "Activities dated in the window; filter by activity type for cold calls, meetings, demos, calls or e-mails.", MetricUnit.Count, [SalesRecordType.Activities, C]),
        new(MetricId.MeetingConversion, "Conversion: meetings → won deals",
            "Customers with a meeting or demo in the window that also have a won deal closed in the window on or after their first such meeting ÷ customers with a meeting or demo in the window × 100.",
            MetricUnit.Percent, [SalesRecordType.Activities, D, C]),
        new(MetricId.Nps, "NPS", "% promoters (9–10) − % detractors (0–6) among the survey answers of the window; none without answers.",
            MetricUnit.Score, [SalesRecordType.SurveyAnswers, C]),
        new(MetricId.SurveyAnswers, "Survey answers", "Survey answers dated in the window.", MetricUnit.Count, [SalesRecordType.SurveyAnswers, C]),
        new(MetricId.ComplaintHandlingMedian, "Complaint handling time (median)",
            "Median of (resolved − opened) in hours over complaints resolved in the window; the mean of the two middle values for an even count.",
            MetricUnit.Hours, [SalesRecordType.Complaints, C]),
        new(MetricId.ComplaintHandlingMean, "Complaint handling time (mean)",
            "Mean of (resolved − opened) in hours over complaints resolved in the window.", MetricUnit.Hours, [SalesRecordType.Complaints, C]),
        new(MetricId.ComplaintHandlingP90, "Complaint handling time (p90)",
            "90th percentile (nearest rank: the ⌈0.9·n⌉-th smallest) of (resolved − opened) in hours over complaints resolved in the window.",
            MetricUnit.Hours, [SalesRecordType.Complaints, C]),
        new(MetricId.OpenComplaints, "Open complaints", "Complaints opened by the window's end and not resolved by then.",
            MetricUnit.Count, [SalesRecordType.Complaints, C], AtWindowEnd: true),
        new(MetricId.MarketsIdentified, "Markets identified", "Markets whose identification date lies in the window.", MetricUnit.Count, [SalesRecordType.Markets]),
        new(MetricId.MarketsValidated, "Markets validated", "Markets whose validation date lies in the window.", MetricUnit.Count, [SalesRecordType.Markets]),
        new(MetricId.BdMarketRevenue, "Revenue from markets identified by business development",
            "Σ converted amount of won deals closed in the window whose market (the deal's, else its customer's) is a market identified on or before the close date.",
            MetricUnit.Currency, [D, C, SalesRecordType.Markets]),
    ];

    /// <summary>The definition of <paramref name="id"/>.</summary>
    public static MetricDefinition Of(MetricId id) => All.First(m => m.Id == id);
}

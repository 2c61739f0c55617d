using Okra.Domain.Cycles;
using Okra.Domain.Sales;

namespace Okra.Domain.Metrics;

public static partial class MetricEvaluator
{
    /// <summary>True when the answer's customer passes the filter.</summary>
    public static bool Matches(SurveyAnswer answer, MetricFilter filter, SalesData data)
    {
        var customer = data.CustomerOf(answer.CustomerExternalId);
        return filter.OwnerMatches(customer?.OwnerPersonId)
            && filter.MarketMatches(customer?.Market) && filter.SegmentMatches(customer?.Segment);
    }

    /// <summary>True when the complaint (its handler, else its customer's owner) passes the filter.</summary>
    public static bool Matches(Complaint complaint, MetricFilter filter, SalesData data)
    {
        var customer = data.CustomerOf(complaint.CustomerExternalId);
        return filter.OwnerMatches(complaint.OwnerPersonId ?? customer?.OwnerPersonId)
            && filter.MarketMatches(customer?.Market) && filter.SegmentMatches(customer?.Segment);
    }

    /// <summary>True when the market passes the owner and market filters (markets have no segment).</summary>
    public static bool Matches(Market market, MetricFilter filter) =>
        filter.OwnerMatches(market.OwnerPersonId) && filter.MarketMatches(market.ExternalId);

    private static List<SurveyAnswer> Answers(MetricFilter filter, DateRange window, SalesData data) =>
        data.SurveyAnswers.Where(a => window.Contains(a.Date) && Matches(a, filter, data))
            .OrderBy(a => a.AnsweredAt).ThenBy(a => a.ExternalId, StringComparer.Ordinal).ToList();

    private static MetricResult Nps(MetricFilter filter, DateRange window, SalesData data)
    {
        var answers = Answers(filter, window, data);
        decimal? value = answers.Count == 0
            ? null
            : Round(100m * (answers.Count(a => a.Score >= 9) - answers.Count(a => a.Score <= 6)) / answers.Count);
        return Result(value, Refs(answers, SalesRecordType.SurveyAnswers, a => a.ExternalId));
    }

    private static MetricResult SurveyAnswers(MetricFilter filter, DateRange window, SalesData data)
    {
        var answers = Answers(filter, window, data);
        return Result(answers.Count, Refs(answers, SalesRecordType.SurveyAnswers, a => a.ExternalId));
    }

    private static MetricResult Handling(MetricFilter filter, DateRange window, SalesData data, Func<IReadOnlyList<decimal>, decimal> statistic)
    {
        var resolved = data.Complaints.Where(c => c.ResolvedOn is { } r && window.Contains(r) && Matches(c, filter, data))
            .OrderBy(c => c.ResolvedAt).ThenBy(c => c.ExternalId, StringComparer.Ordinal).ToList();
        decimal? value = resolved.Count == 0 ? null : Round(statistic([.. resolved.Select(c => c.HandlingHours!.Value)]));
        return Result(value, Refs(resolved, SalesRecordType.Complaints, c => c.ExternalId));
    }

    private static MetricResult OpenComplaints(MetricFilter filter, DateRange window, SalesData data)
    {
        var open = data.Complaints.Where(c => c.IsOpenAt(window.End) && Matches(c, filter, data))
            .OrderBy(c => c.OpenedAt).ThenBy(c => c.ExternalId, StringComparer.Ordinal).ToList();
        return Result(open.Count, Refs(open, SalesRecordType.Complaints, c => c.ExternalId));
    }

    private static MetricResult Markets(MetricFilter filter, DateRange window, SalesData data, Func<Market, DateOnly?> dateOf)
    {
        var markets = data.Markets.Where(m => dateOf(m) is { } d && window.Contains(d) && Matches(m, filter))
            .OrderBy(dateOf).ThenBy(m => m.ExternalId, StringComparer.Ordinal).ToList();
        return Result(markets.Count, Refs(markets, SalesRecordType.Markets, m => m.ExternalId));
    }
}

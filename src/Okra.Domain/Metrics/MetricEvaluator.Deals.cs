using Okra.Domain.Cycles;
using Okra.Domain.Sales;

namespace Okra.Domain.Metrics;

public static partial class MetricEvaluator
{
    /// <summary>True when <paramref name="deal"/> passes the filter (its own market first, else its customer's).</summary>
    public static bool Matches(Deal deal, MetricFilter filter, SalesData data)
    {
        var customer = data.CustomerOf(deal.CustomerExternalId);
        return filter.OwnerMatches(deal.OwnerPersonId)
            && filter.MarketMatches(deal.Market ?? customer?.Market)
            && filter.SegmentMatches(customer?.Segment)
            && (filter.DealType is null || filter.DealType == deal.Type);
    }

    private static List<Deal> WonDeals(MetricFilter filter, DateRange window, SalesData data, DealType? type) =>
        data.Deals.Where(d => d.IsWonIn(window) && (type is null || d.Type == type) && Matches(d, filter, data))
            .OrderBy(d => d.ClosedOn).ThenBy(d => d.ExternalId, StringComparer.Ordinal).ToList();

    private static decimal Value(Deal deal, SalesData data) => data.Converter.Convert(deal.Amount, deal.Currency, deal.ClosedOn!.Value);

    private static MetricResult Deals(MetricFilter filter, DateRange window, SalesData data, DealType? type, bool count)
    {
        var deals = WonDeals(filter, window, data, type);
        var value = count ? deals.Count : Round(deals.Sum(d => Value(d, data)));
        return Result(value, Refs(deals, SalesRecordType.Deals, d => d.ExternalId));
    }

    private static MetricResult AverageDeal(MetricFilter filter, DateRange window, SalesData data)
    {
        var deals = WonDeals(filter, window, data, null);
        decimal? value = deals.Count == 0 ? null : Round(deals.Sum(d => Value(d, data)) / deals.Count);
        return Result(value, Refs(deals, SalesRecordType.Deals, d => d.ExternalId));
    }

    private static MetricResult NewCustomers(MetricFilter filter, DateRange window, SalesData data)
    {
        // A customer counts once, by the first won new-business deal of the window; one without a customer id is its own customer.
        var firsts = WonDeals(filter, window, data, DealType.New)
            .GroupBy(d => d.CustomerExternalId ?? "deal:" + d.ExternalId, StringComparer.Ordinal)
            .Select(g => g.First()).ToList();
        return Result(firsts.Count, Refs(firsts, SalesRecordType.Deals, d => d.ExternalId));
    }

    private static MetricResult BdMarketRevenue(MetricFilter filter, DateRange window, SalesData data)
    {
        var identified = data.Markets.ToDictionary(m => m.ExternalId, m => m.IdentifiedOn, StringComparer.OrdinalIgnoreCase);
        var deals = WonDeals(filter, window, data, null)
            .Where(d => (d.Market ?? data.CustomerOf(d.CustomerExternalId)?.Market) is { } market
                        && identified.TryGetValue(market, out var on) && on <= d.ClosedOn)
            .ToList();
        return Result(Round(deals.Sum(d => Value(d, data))), Refs(deals, SalesRecordType.Deals, d => d.ExternalId));
    }
}

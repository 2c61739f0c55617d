using Okra.Domain.Cycles;
using Okra.Domain.Sales;

namespace Okra.Domain.Metrics;

public static partial class MetricEvaluator
{
    /// <summary>True when <paramref name="movement"/>'s customer passes the filter.</summary>
    public static bool Matches(SubscriptionMovement movement, MetricFilter filter, SalesData data)
    {
        var customer = data.CustomerOf(movement.CustomerExternalId);
        return filter.OwnerMatches(customer?.OwnerPersonId)
            && filter.MarketMatches(customer?.Market)
            && filter.SegmentMatches(customer?.Segment);
    }

    private static List<SubscriptionMovement> MovementsUntil(MetricFilter filter, DateOnly day, SalesData data) =>
        data.Movements.Where(m => m.Date <= day && Matches(m, filter, data))
            .OrderBy(m => m.Date).ThenBy(m => m.ExternalId, StringComparer.Ordinal).ToList();

    /// <summary>MRR per customer on <paramref name="day"/>, in the organisation's currency.</summary>
    private static Dictionary<string, decimal> MrrByCustomer(IEnumerable<SubscriptionMovement> movements, DateOnly day, SalesData data) =>
        movements.Where(m => m.Date <= day)
            .GroupBy(m => m.CustomerExternalId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(m => data.Converter.Convert(m.SignedAmount, m.Currency, m.Date)), StringComparer.Ordinal);

    private static MetricResult Mrr(MetricFilter filter, DateRange window, SalesData data)
    {
        var movements = MovementsUntil(filter, window.End, data);
        var mrr = MrrByCustomer(movements, window.End, data).Values.Sum();
        return Result(Round(mrr), Refs(movements, SalesRecordType.SubscriptionMovements, m => m.ExternalId));
    }

    private static MetricResult MrrGrowth(MetricFilter filter, DateRange window, SalesData data)
    {
        var movements = MovementsUntil(filter, window.End, data);
        var before = MrrByCustomer(movements, window.Start.AddDays(-1), data).Values.Sum();
        var after = MrrByCustomer(movements, window.End, data).Values.Sum();
        decimal? value = before == 0m ? null : Round((after - before) / before * 100m);
        return Result(value, Refs(movements, SalesRecordType.SubscriptionMovements, m => m.ExternalId));
    }

    private static MetricResult NetRevenueRetention(MetricFilter filter, DateRange window, SalesData data)
    {
        var movements = MovementsUntil(filter, window.End, data);
        var before = MrrByCustomer(movements, window.Start.AddDays(-1), data).Where(c => c.Value > 0m).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var retained = movements.Where(m => before.ContainsKey(m.CustomerExternalId)).ToList();
        var after = MrrByCustomer(retained, window.End, data).Values.Sum();
        var start = before.Values.Sum();
        decimal? value = start == 0m ? null : Round(after / start * 100m);
        return Result(value, Refs(retained, SalesRecordType.SubscriptionMovements, m => m.ExternalId));
    }

    private static MetricResult AverageCustomerValue(MetricFilter filter, DateRange window, SalesData data)
    {
        var movements = MovementsUntil(filter, window.End, data);
        var paying = MrrByCustomer(movements, window.End, data).Values.Where(v => v > 0m).ToList();
        decimal? value = paying.Count == 0 ? null : Round(paying.Sum() / paying.Count);
        return Result(value, Refs(movements, SalesRecordType.SubscriptionMovements, m => m.ExternalId));
    }
}

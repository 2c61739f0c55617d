using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Metrics;

namespace Okra.Metrics;

/// <summary>An active key result bound to a metric, with its cycle, ready to be recomputed.</summary>
public sealed record BoundKeyResult(MetricBinding Binding, KeyResult KeyResult, DateRange Cycle)
{
    /// <summary>
    /// The windows whose values become system check-ins, each with the day the check-in describes: for a metric key result
    /// the cycle so far; for recurring and threshold key results every week or month that has started, so far.
    /// </summary>
    public IEnumerable<(DateRange Window, DateOnly Day)> Windows(DateOnly today)
    {
        if (today < Cycle.Start) yield break;
        if (KeyResult.Kind == KeyResultKind.Metric)
        {
            var end = today < Cycle.End ? today : Cycle.End;
            yield return (new DateRange(Cycle.Start, end), end);
            yield break;
        }
        foreach (var period in SubPeriod.Split(Cycle, KeyResult.Period ?? PeriodUnit.Week))
        {
            if (period.Dates.Start > today) yield break;
            var end = today < period.Dates.End ? today : period.Dates.End;
            yield return (new DateRange(period.Dates.Start, end), end);
        }
    }

    /// <summary>True when a window may have changed by data of days <paramref name="first"/>…<paramref name="last"/>.</summary>
    public bool Affects(DateRange window, DateOnly? first, DateOnly? last)
    {
        if (first is null || last is null) return true;
        var stock = MetricCatalogue.Of(Binding.Metric).AtWindowEnd;
        // A stock (MRR, open complaints) at a window's end depends on everything before it.
        return stock ? first <= window.End : first <= window.End && last >= window.Start;
    }
}

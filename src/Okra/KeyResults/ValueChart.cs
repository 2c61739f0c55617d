using System.Globalization;
using Okra.CheckIns;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;
using Okra.Tree;

namespace Okra.KeyResults;

/// <summary>One line or set of bars of a key result's chart.</summary>
public sealed record ValueSeries(string Role, IReadOnlyList<decimal?> Values);

/// <summary>
/// A key result's value over its cycle, one point per week or month (the key result's own period; weeks for a metric):
/// the measured value, the target and — for a metric — the value the cycle expects by then. Built from the same
/// check-ins and the domain's own rules (<see cref="SubPeriod"/>, <see cref="RecurringSpec.TargetOf"/>, <see cref="Fraction.Expected"/>).
/// </summary>
public sealed record ValueChart(PeriodUnit Unit, IReadOnlyList<DateRange> Periods, IReadOnlyList<ValueSeries> Series, bool Bars)
{
    public const string Value = "value";
    public const string Target = "target";
    public const string Expected = "expected";
    public const string UpperLimit = "upperLimit";

    /// <summary>Periods that have a measured value.</summary>
    public int MeasuredPoints => Series.Where(s => s.Role == Value).SelectMany(s => s.Values).Count(v => v is not null);

    /// <summary>The chart of <paramref name="k"/>, or null for a milestone (a checklist or done/not done, shown as a list).</summary>
    public static ValueChart? Of(KeyResultProgressResponse k, IEnumerable<CheckInResponse> checkIns, DateRange cycle, DateOnly today)
    {
        if (k.Kind == KeyResultKind.Milestone) return null;
        var unit = k.Period ?? PeriodUnit.Week;
        var periods = SubPeriod.Split(cycle, unit);
        var measured = checkIns.Where(c => !c.IsRetracted).OrderBy(c => c.Date).ThenBy(c => c.CreatedAt).ToList();
        var ranges = periods.Select(p => p.Dates).ToList();

        switch (k.Kind)
        {
            case KeyResultKind.Metric:
                var (baseline, target) = (k.Baseline ?? 0m, k.Target ?? 0m);
                var values = ranges.Select(p => p.Start > today ? null : LatestUpTo(measured, Min(p.End, today))).ToList();
                return new ValueChart(unit, ranges, [
                    new(Value, values),
                    new(Target, ranges.Select(_ => (decimal?)target).ToList()),
                    new(Expected, ranges.Select(p => (decimal?)(baseline + (target - baseline) * Fraction.Expected(cycle, p.End))).ToList()),
                ], Bars: false) { CheckInCount = measured.Count };
            case KeyResultKind.Recurring:
                var spec = new RecurringSpec(unit, k.TargetPerPeriod ?? 1m);
                return new ValueChart(unit, ranges, [
                    new(Value, ranges.Select(p => p.Start > today ? null : (decimal?)(LatestIn(measured, p) ?? 0m)).ToList()),
                    new(Target, periods.Select(p => (decimal?)spec.TargetOf(p)).ToList()),
                ], Bars: true) { CheckInCount = measured.Count };
            default:
                var series = new List<ValueSeries>
                {
                    new(Value, ranges.Select(p => p.Start > today ? null : LatestIn(measured, p)).ToList()),
                    new(Target, ranges.Select(_ => k.Limit).ToList()),
                };
                if (k.UpperLimit is { } upper) series.Add(new(UpperLimit, ranges.Select(_ => (decimal?)upper).ToList()));
                return new ValueChart(unit, ranges, series, Bars: false) { CheckInCount = measured.Count };
        }
    }

    /// <summary>Check-ins the chart was drawn from (retracted ones left out).</summary>
    public int CheckInCount { get; init; }

    /// <summary>A short label for a period: its first day, "Jan 5" or "01. 05.".</summary>
    public static string Label(DateRange period, CultureInfo culture) =>
        period.Start.ToString(culture.TwoLetterISOLanguageName == "hu" ? "MM. dd." : "MMM d", culture);

    private static decimal? LatestUpTo(IReadOnlyList<CheckInResponse> measured, DateOnly day) =>
        measured.LastOrDefault(c => c.Date <= day)?.Value;

    private static decimal? LatestIn(IReadOnlyList<CheckInResponse> measured, DateRange period) =>
        measured.LastOrDefault(c => period.Contains(c.Date))?.Value;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

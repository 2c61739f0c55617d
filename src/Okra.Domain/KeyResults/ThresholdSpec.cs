using Okra.Domain.Common;
using Okra.Domain.Cycles;
using Okra.Domain.Progress;

namespace Okra.Domain.KeyResults;

/// <summary>
/// A limit kept per ISO week or calendar month ("complaint handling ≤ 24 h", "NPS ≥ 40", "discount between
/// 5 % and 12 %"). A sub-period's measured value is its latest measurement.
/// <c>progress = sub-periods that met the limit / sub-periods elapsed</c>, where a sub-period has elapsed once
/// it has ended (a missing value then counts as not met), or earlier once it has a value.
/// It is achieved only when every sub-period of the cycle has elapsed and met the limit.
/// </summary>
public sealed record ThresholdSpec : KeyResultSpec
{
    /// <summary>Creates the spec; <c>Between</c> needs an upper limit not below the limit.</summary>
    public ThresholdSpec(Comparison comparison, decimal limit, decimal? upperLimit = null, PeriodUnit period = PeriodUnit.Week)
    {
        Comparison = Guard.Defined(comparison, "comparison");
        Period = Guard.Defined(period, "period");
        if (comparison == Comparison.Between)
        {
            if (upperLimit is null)
                throw new DomainValidationException("upperLimit", "is required when the comparison is 'between'.");
            if (upperLimit < limit)
                throw new DomainValidationException("upperLimit", "must not be below the limit.");
        }
        else if (upperLimit is not null)
        {
            throw new DomainValidationException("upperLimit", "is only used when the comparison is 'between'.");
        }
        Limit = limit;
        UpperLimit = upperLimit;
    }

    /// <inheritdoc />
    public override KeyResultKind Kind => KeyResultKind.Threshold;

    /// <summary>At most, at least or between.</summary>
    public Comparison Comparison { get; }

    /// <summary>The limit (the lower one for <c>Between</c>).</summary>
    public decimal Limit { get; }

    /// <summary>The upper limit for <c>Between</c>; otherwise null.</summary>
    public decimal? UpperLimit { get; }

    /// <summary>Week or month.</summary>
    public PeriodUnit Period { get; }

    /// <summary>True when <paramref name="value"/> keeps the limit.</summary>
    public bool IsMet(decimal value) => Comparison switch
    {
        Comparison.AtMost => value <= Limit,
        Comparison.AtLeast => value >= Limit,
        _ => value >= Limit && value <= UpperLimit!.Value,
    };

    /// <inheritdoc />
    public override Measured Measure(
        IReadOnlyList<Measurement> measurements, DateRange cycle, DateOnly today, IReadOnlyList<ChecklistItem> checklist)
    {
        var periods = SubPeriod.Split(cycle, Period);
        int met = 0, elapsed = 0;
        foreach (var period in periods)
        {
            var value = Latest(measurements, period.Dates.Start, period.Dates.End)?.Value;
            if (period.Dates.End >= today && !(period.Dates.Start <= today && value is not null)) continue;
            elapsed++;
            if (value is { } v && IsMet(v)) met++;
        }
        var current = Latest(measurements, cycle.Start, cycle.End)?.Value;
        var progress = elapsed == 0 ? 0m : (decimal)met / elapsed;
        return new Measured(
            progress, progress, current, met, elapsed,
            BreaksLimit: current is { } c && !IsMet(c),
            Complete: elapsed == periods.Count);
    }
}

using Okra.Domain.Common;
using Okra.Domain.Cycles;
using Okra.Domain.Progress;

namespace Okra.Domain.KeyResults;

/// <summary>
/// A target per ISO week or calendar month ("20 cold calls a week"). A sub-period's actual is its latest
/// measurement; a partial first or last sub-period has its target pro-rated by days.
/// <c>progress = Σ clamp01(actual_p / target_p) / number of sub-periods in the cycle</c>.
/// A sub-period counts as elapsed once it has ended, or earlier once it is met.
/// </summary>
public sealed record RecurringSpec : KeyResultSpec
{
    /// <summary>Creates the spec; the per-period target must be greater than zero.</summary>
    public RecurringSpec(PeriodUnit period, decimal targetPerPeriod)
    {
        Period = Guard.Defined(period, "period");
        if (targetPerPeriod <= 0m)
            throw new DomainValidationException("targetPerPeriod", "must be greater than zero.");
        TargetPerPeriod = targetPerPeriod;
    }

    /// <inheritdoc />
    public override KeyResultKind Kind => KeyResultKind.Recurring;

    /// <summary>Week or month.</summary>
    public PeriodUnit Period { get; }

    /// <summary>Target for one whole week or month.</summary>
    public decimal TargetPerPeriod { get; }

    /// <summary>The pro-rated target of <paramref name="period"/>.</summary>
    public decimal TargetOf(SubPeriod period) => TargetPerPeriod * period.Dates.Days / period.FullDays;

    /// <inheritdoc />
    public override Measured Measure(
        IReadOnlyList<Measurement> measurements, DateRange cycle, DateOnly today, IReadOnlyList<ChecklistItem> checklist)
    {
        var periods = SubPeriod.Split(cycle, Period);
        decimal clampedSum = 0m, rawSum = 0m;
        int met = 0, elapsed = 0;
        foreach (var period in periods)
        {
            var actual = Latest(measurements, period.Dates.Start, period.Dates.End)?.Value ?? 0m;
            var ratio = actual / TargetOf(period);
            rawSum += ratio;
            // min(actual / target, 1) of DESIGN §2, also floored at 0 so that a negative check-in (a correction,
            // churn) cannot pull progress below 0.
            clampedSum += Fraction.Clamp01(ratio);
            var isMet = ratio >= 1m;
            if (period.Dates.End < today || (period.Dates.Contains(today) && isMet))
            {
                elapsed++;
                if (isMet) met++;
            }
        }
        var current = Latest(measurements, cycle.Start, cycle.End)?.Value;
        // Each sub-period is clamped before averaging; the raw figure keeps over-achievement visible.
        return new Measured(clampedSum / periods.Count, rawSum / periods.Count, current, met, elapsed);
    }
}

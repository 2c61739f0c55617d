using Okra.Domain.Common;
using Okra.Domain.Cycles;
using Okra.Domain.Progress;

namespace Okra.Domain.KeyResults;

/// <summary>
/// A metric from <see cref="Baseline"/> to <see cref="Target"/>:
/// <c>progress = clamp01((c − b) / (t − b))</c>, increasing when <c>t &gt; b</c>, decreasing when <c>t &lt; b</c>.
/// </summary>
public sealed record MetricSpec : KeyResultSpec
{
    /// <summary>Creates the spec; <paramref name="target"/> must differ from <paramref name="baseline"/>.</summary>
    public MetricSpec(decimal baseline, decimal target, decimal? relativeChange = null)
    {
        if (target == baseline)
            throw new DomainValidationException("target", "must differ from the baseline.");
        Baseline = baseline;
        Target = target;
        RelativeChange = relativeChange;
    }

    /// <summary>
    /// A relative metric ("MRR +20 %"): the change as a fraction of the baseline, stored as <c>t = b × (1 + change)</c>.
    /// On a negative baseline (an NPS of −20) the change is taken of its size, so "+25 %" still raises it: −20 → −15.
    /// </summary>
    public static MetricSpec Relative(decimal baseline, decimal change)
    {
        if (baseline == 0m)
            throw new DomainValidationException("baseline", "must not be zero for a relative target.");
        if (change == 0m)
            throw new DomainValidationException("relativeChange", "must not be zero.");
        return new MetricSpec(baseline, baseline + Math.Abs(baseline) * change, change);
    }

    /// <inheritdoc />
    public override KeyResultKind Kind => KeyResultKind.Metric;

    /// <summary>Value at the start.</summary>
    public decimal Baseline { get; }

    /// <summary>Value to reach.</summary>
    public decimal Target { get; }

    /// <summary>For a relative metric, the change as a fraction (0.20 for +20 %); otherwise null.</summary>
    public decimal? RelativeChange { get; }

    /// <summary>True when the target lies below the baseline.</summary>
    public bool Decreasing => Target < Baseline;

    /// <inheritdoc />
    public override Measured Measure(
        IReadOnlyList<Measurement> measurements, DateRange cycle, DateOnly today, IReadOnlyList<ChecklistItem> checklist)
    {
        var latest = Latest(measurements, DateOnly.MinValue, DateOnly.MaxValue);
        var current = latest?.Value ?? Baseline;
        var raw = (current - Baseline) / (Target - Baseline);
        return new Measured(Fraction.Clamp01(raw), raw, latest?.Value);
    }
}

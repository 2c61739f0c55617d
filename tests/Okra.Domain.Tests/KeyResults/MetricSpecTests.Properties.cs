using FsCheck;
using FsCheck.Xunit;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;
using static Okra.Domain.Tests.Kit;

namespace Okra.Domain.Tests.KeyResults;

/// <summary>Properties of the metric rule; values are built from ints (hundredths) so decimals cannot overflow.</summary>
public sealed partial class MetricSpecTests
{
    private static Measured MeasureAt(decimal baseline, decimal target, decimal value) =>
        new MetricSpec(baseline, target).Measure([On(2, 1, value)], Q1, Day(2, 15), []);

    /// <summary>Turns two ints into a baseline and a different target, both in hundredths.</summary>
    private static (decimal Baseline, decimal Target) Bounds(int baseline, int target) =>
        (baseline / 100m, (target == baseline ? target + 1 : target) / 100m);

    [Property(EndSize = 100_000)]
    public void Measure_AnyValue_ProgressLiesWithinZeroAndOne(int baseline, int target, int value)
    {
        var (b, t) = Bounds(baseline, target);
        var progress = MeasureAt(b, t, value / 100m).Progress;

        Assert.InRange(progress, 0m, 1m);
    }

    [Property(EndSize = 100_000)]
    public void Measure_IncreasingMetric_IsMonotoneInTheValue(int baseline, PositiveInt span, int value, NonNegativeInt step)
    {
        // t > b; a larger value never gives less progress.
        var b = baseline / 100m;
        var t = b + span.Get / 100m;
        var lower = MeasureAt(b, t, value / 100m);
        var higher = MeasureAt(b, t, (value + (decimal)step.Get) / 100m);

        Assert.True(higher.Progress >= lower.Progress);
        Assert.True(higher.RawProgress >= lower.RawProgress);
    }

    [Property(EndSize = 100_000)]
    public void Measure_DecreasingMetric_MirrorsTheIncreasingOne(int baseline, PositiveInt span, int value)
    {
        // Reflection x ↦ −x: (c − b) / (t − b) = (−c − (−b)) / (−t − (−b)), so a decreasing metric (b, t) at c
        // progresses exactly like the increasing metric (−b, −t) at −c.
        var b = baseline / 100m;
        var t = b - span.Get / 100m;
        var c = value / 100m;
        var decreasing = MeasureAt(b, t, c);
        var increasing = MeasureAt(-b, -t, -c);

        Assert.Equal(increasing.Progress, decreasing.Progress);
        Assert.Equal(increasing.RawProgress, decreasing.RawProgress);
    }

    [Property(EndSize = 100_000)]
    public void Measure_ValueAtBaselineOrTarget_IsZeroOrOne(int baseline, int target)
    {
        var (b, t) = Bounds(baseline, target);

        Assert.Equal(0m, MeasureAt(b, t, b).Progress);
        Assert.Equal(1m, MeasureAt(b, t, t).Progress);
    }
}

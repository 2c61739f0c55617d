using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;
using static Okra.Domain.Tests.Kit;

namespace Okra.Domain.Tests.Progress;

/// <summary>How a key result's measurement, expected progress, score and status come together.</summary>
public sealed class KeyResultEvaluationTests
{
    private static readonly MetricSpec TwoMarkets = new(0m, 2m);

    [Fact]
    public void Of_CheckIn_CarriesMeasuredExpectedAndData()
    {
        // τ = 2027-03-01: expected = 59 / 89; one market of two → 0.5.
        var result = Evaluate(TwoMarkets, Context(Day(3, 1)), On(2, 20, 1m));

        Assert.Equal(59m / 89m, result.Expected);
        Assert.Equal(0.5m, result.Progress);
        Assert.True(result.HasData);
        Assert.Equal(Status.AtRisk, result.Status); // 0.5 < 0.5629 but ≥ 0.4129
    }

    [Fact]
    public void Of_ScoreOverride_ReplacesTheRoundedProgress()
    {
        var result = KeyResultEvaluation.Of(TwoMarkets, [On(2, 20, 1m)], [], Context(Day(3, 1)), scoreOverride: 0.3m);

        Assert.Equal(0.5m, result.Progress);
        Assert.Equal(0.3m, result.Score);
    }

    [Fact]
    public void Of_OverrideMeetsAspirationalBarAtClose_IsAchieved()
    {
        // Progress 0.5 (score 0.5) but the owner's audited override of 0.7 meets the aspirational bar at close.
        var context = Context(Day(4, 1), type: ObjectiveType.Aspirational, closed: true);
        var result = KeyResultEvaluation.Of(TwoMarkets, [On(3, 20, 1m)], [], context, scoreOverride: 0.7m);

        Assert.Equal(Status.Achieved, result.Status);
    }

    [Fact]
    public void Of_ClosedWithoutOverride_ScoresRoundedProgress()
    {
        // Closed committed, 1.5 markets of 2: progress 0.75, score 0.8 < 1.0 → not achieved; 0.75 ≥ 1 − 0.25 → at risk.
        var context = Context(Day(4, 1), closed: true);
        var result = Evaluate(TwoMarkets, context, On(3, 20, 1.5m));

        Assert.Equal(0.8m, result.Score);
        Assert.Equal(Status.AtRisk, result.Status);
    }
}

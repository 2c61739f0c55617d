using FsCheck;
using FsCheck.Xunit;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;
using static Okra.Domain.Tests.Kit;

namespace Okra.Domain.Tests.Progress;

/// <summary>Objective roll-ups: weight-weighted mean of key results, else mean of children, else 0.</summary>
public sealed class ObjectiveEvaluationTests
{
    private static WeightedResult Weighted(decimal weight, KeyResultEvaluation e) => new(weight, e.Progress, e.Score, e.HasData);

    [Fact]
    public void Of_IncreaseMrrByTwentyPercent_IsWeightedMeanOfItsKeyResults()
    {
        // S1 objective on τ = 2027-02-15 (expected 45 / 89 ≈ 0.5056):
        //   MRR +20 % (weight 2): 11.3 M of 10 M → 12 M = 0.65, score 0.7.
        //   50 new customers a month (weight 1): January 50 → 1, February so far 20 → 0.4, March 0:
        //     (1 + 0.4 + 0) / 3 = 1.4 / 3 ≈ 0.4667, score 0.5.
        //   Average customer value +15 % (weight 1): 1.29 M of 1.2 M → 1.38 M = 0.5, score 0.5.
        // progress = (2 × 0.65 + 1.4 / 3 + 0.5) / 4 = (6.8 / 3) / 4 = 6.8 / 12 ≈ 0.5667.
        // score = (2 × 0.7 + 0.5 + 0.5) / 4 = 2.4 / 4 = 0.6; 0.5667 ≥ 0.4056 → on track.
        var context = Context(Day(2, 15));
        var mrr = Evaluate(MetricSpec.Relative(10_000_000m, 0.20m), context, On(2, 12, 11_300_000m));
        var customers = Evaluate(new RecurringSpec(PeriodUnit.Month, 50m), context, On(1, 31, 50m), On(2, 15, 20m));
        var value = Evaluate(MetricSpec.Relative(1_200_000m, 0.15m), context, On(2, 12, 1_290_000m));

        var objective = ObjectiveEvaluation.Of([Weighted(2m, mrr), Weighted(1m, customers), Weighted(1m, value)], [], context);

        Assert.Equal(1.4m / 3m, customers.Progress);
        Assert.Equal(6.8m / 12m, objective.Progress, 20);
        Assert.Equal(0.6m, objective.Score);
        Assert.Equal(Status.OnTrack, objective.Status);
    }

    [Theory]
    [InlineData(ObjectiveType.Aspirational, Status.Achieved)] // 0.7 meets the aspirational bar
    [InlineData(ObjectiveType.Committed, Status.OffTrack)] // needs 1.0; progress 0.7 < 1 − 0.25
    public void Of_ClosedWithWeightedScoreSevenTenths_DependsOnType(ObjectiveType type, Status expected)
    {
        // Scores 0.8 (w 1), 0.6 (w 1), 0.7 (w 2): (0.8 + 0.6 + 1.4) / 4 = 2.8 / 4 = 0.7; progress likewise
        // (0.78 + 0.62 + 2 × 0.7) / 4 = 0.7.
        var context = Context(Day(4, 1), type: type, closed: true);
        WeightedResult[] keyResults = [new(1m, 0.78m, 0.8m, true), new(1m, 0.62m, 0.6m, true), new(2m, 0.7m, 0.7m, true)];

        var objective = ObjectiveEvaluation.Of(keyResults, [], context);

        Assert.Equal(0.7m, objective.Score);
        Assert.Equal(0.7m, objective.Progress);
        Assert.Equal(expected, objective.Status);
    }

    [Fact]
    public void Of_NoKeyResultsAndNoChildren_IsZeroAndNotStarted()
    {
        var objective = ObjectiveEvaluation.Of([], [], Context(Day(3, 1)));

        Assert.Equal(0m, objective.Progress);
        Assert.Equal(Status.NotStarted, objective.Status);
    }

    [Fact]
    public void Of_KeyResultsWithoutCheckIns_IsNotStarted()
    {
        var objective = ObjectiveEvaluation.Of([new(1m, 0m, 0m, false)], [], Context(Day(3, 1)));

        Assert.Equal(Status.NotStarted, objective.Status);
    }

    [Fact]
    public void Of_NoKeyResults_TakesUnweightedMeanOfChildren()
    {
        // (0.9 + 0.3) / 2 = 0.6; score (0.9 + 0.3) / 2 = 0.6.
        var context = Context(Day(3, 1));
        ObjectiveEvaluation[] children =
            [new(0.9m, 0.6m, Status.OnTrack, 0.9m, true), new(0.3m, 0.6m, Status.OffTrack, 0.3m, true)];

        var objective = ObjectiveEvaluation.Of([], children, context);

        Assert.Equal(0.6m, objective.Progress);
        Assert.Equal(0.6m, objective.Score);
    }

    [Fact]
    public void Of_OwnKeyResults_IgnoresChildren()
    {
        var child = new ObjectiveEvaluation(1m, 0.5m, Status.Achieved, 1m, true);

        var objective = ObjectiveEvaluation.Of([new(1m, 0.2m, 0.2m, true)], [child], Context(Day(3, 1)));

        Assert.Equal(0.2m, objective.Progress);
    }

    [Property]
    public void Of_AnyKeyResults_ProgressLiesBetweenTheirMinAndMax(
        NonEmptyArray<PositiveInt> weights, NonEmptyArray<NonNegativeInt> percents)
    {
        // Weights 1…, progress in hundredths 0…1; the mean of n results takes each weight with one progress.
        var keyResults = weights.Get.Select((w, i) =>
        {
            var progress = Percent(percents.Get[i % percents.Get.Length].Get % 101);
            return new WeightedResult(w.Get, progress, StatusRules.DefaultScore(progress), true);
        }).ToList();

        var objective = ObjectiveEvaluation.Of(keyResults, [], Context(Day(3, 1)));

        Assert.InRange(objective.Progress, keyResults.Min(k => k.Progress), keyResults.Max(k => k.Progress));
        Assert.InRange(objective.Score, keyResults.Min(k => k.Score), keyResults.Max(k => k.Score));
    }
}

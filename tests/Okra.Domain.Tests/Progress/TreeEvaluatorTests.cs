using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;
using static Okra.Domain.Tests.Kit;

namespace Okra.Domain.Tests.Progress;

/// <summary>
/// S6 "grow new-customer revenue by 15 % in a year": an annual objective (cycle 2027) without key results of its
/// own, above quarterly objectives that have them. τ = Wednesday 2027-05-12.
/// </summary>
public sealed class TreeEvaluatorTests
{
    private static readonly FiscalCalendar Calendar = new();
    private static readonly DateOnly Today = Day(5, 12);

    private static WeightedResult Weighted(decimal weight, KeyResultEvaluation e) => new(weight, e.Progress, e.Score, e.HasData);

    [Fact]
    public void Evaluate_AnnualObjectiveWithoutKeyResults_IsMeanOfItsQuarterlyChildren()
    {
        // 2027-Q1, aspirational and closed (expected 1):
        //   new-customer revenue +15 % (weight 2): t = 40 M × 1.15 = 46 M; 46.9 M → raw (46.9 − 40) / 6 = 1.15, progress 1, score 1.0;
        //   two new markets (weight 1): 1 of 2 → 0.5, score 0.5.
        //   progress = (2 × 1 + 0.5) / 3 = 2.5 / 3 ≈ 0.8333 = score; 0.8333 ≥ 0.7 at close → achieved.
        // 2027-Q2 (2027-04-01…06-30, e − s = 90, τ − s = 41 → expected 41 / 90 ≈ 0.4556):
        //   new-customer revenue +15 %: 42.4 M → (42.4 − 40) / 6 = 0.4, score 0.4; 0.4 ≥ 0.3556 → on track.
        // 2027 (e − s = 364, τ − s = 131 → expected 131 / 364 ≈ 0.3599), no key results:
        //   progress = (2.5 / 3 + 0.4) / 2 ≈ 0.6167 = score; 0.6167 ≥ 0.2599 → on track.
        var (q1, q2, year) = (Calendar.Quarter(2027, 1), Calendar.Quarter(2027, 2), Calendar.Year(2027));
        var q1Context = Context(Today, q1, ObjectiveType.Aspirational, closed: true);
        var q2Context = Context(Today, q2);
        var revenue = MetricSpec.Relative(40_000_000m, 0.15m);
        var (annualId, q1Id, q2Id) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        ObjectiveNode[] nodes =
        [
            new(annualId, null, [], Context(Today, year)),
            new(q1Id, annualId,
                [Weighted(2m, Evaluate(revenue, q1Context, On(3, 31, 46_900_000m))),
                 Weighted(1m, Evaluate(new MetricSpec(0m, 2m), q1Context, On(3, 20, 1m)))], q1Context),
            new(q2Id, annualId, [Weighted(1m, Evaluate(revenue, q2Context, On(5, 10, 42_400_000m)))], q2Context),
        ];

        var results = TreeEvaluator.Evaluate(nodes);

        Assert.Equal(2.5m / 3m, results[q1Id].Progress);
        Assert.Equal(Status.Achieved, results[q1Id].Status);
        Assert.Equal(0.4m, results[q2Id].Progress);
        Assert.Equal(41m / 90m, results[q2Id].Expected);
        Assert.Equal(Status.OnTrack, results[q2Id].Status);
        Assert.Equal((2.5m / 3m + 0.4m) / 2m, results[annualId].Progress);
        Assert.Equal((2.5m / 3m + 0.4m) / 2m, results[annualId].Score);
        Assert.Equal(131m / 364m, results[annualId].Expected);
        Assert.Equal(Status.OnTrack, results[annualId].Status);
    }

    [Fact]
    public void Evaluate_ThreeLevels_RollsUpThroughAnObjectiveWithoutKeyResults()
    {
        // Personal (0.6) → team (no key results: 0.6) → company (no key results: 0.6).
        var context = Context(Day(3, 1));
        var (company, team, personal) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var results = TreeEvaluator.Evaluate(
        [
            new(company, null, [], context),
            new(team, company, [], context),
            new(personal, team, [new(1m, 0.6m, 0.6m, true)], context),
        ]);

        Assert.Equal(0.6m, results[company].Progress);
    }

    [Fact]
    public void Evaluate_ParentWithOwnKeyResults_IgnoresChildren()
    {
        var context = Context(Day(3, 1));
        var (parent, child) = (Guid.NewGuid(), Guid.NewGuid());

        var results = TreeEvaluator.Evaluate(
            [new(parent, null, [new(1m, 0.2m, 0.2m, true)], context), new(child, parent, [new(1m, 1m, 1m, true)], context)]);

        Assert.Equal(0.2m, results[parent].Progress);
    }

    [Fact]
    public void Evaluate_CorruptLoopWithoutKeyResults_EndsAndIsNotStarted()
    {
        var context = Context(Day(3, 1));
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());

        var results = TreeEvaluator.Evaluate([new(a, b, [], context), new(b, a, [], context)]);

        Assert.Equal(Status.NotStarted, results[a].Status);
        Assert.Equal(0m, results[b].Progress);
    }

    [Fact]
    public void Evaluate_ParentNotInTheSet_EvaluatesTheChildAlone()
    {
        var child = Guid.NewGuid();

        var results = TreeEvaluator.Evaluate([new(child, Guid.NewGuid(), [new(1m, 0.5m, 0.5m, true)], Context(Day(3, 1)))]);

        Assert.Equal(0.5m, Assert.Single(results).Value.Progress);
    }
}

using FsCheck;
using FsCheck.Xunit;
using Okra.Domain.Initiatives;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;
using static Okra.Domain.Tests.Kit;

namespace Okra.Domain.Tests.KeyResults;

/// <summary>S3 "run a quarterly customer satisfaction survey" as a plain milestone and as a weighted checklist.</summary>
public sealed class MilestoneSpecTests
{
    private static readonly MilestoneSpec Survey = new();

    [Fact]
    public void Measure_SurveyWithoutCheckIn_IsZeroAndNotStarted()
    {
        var result = Evaluate(Survey, Context(Day(2, 15)));

        Assert.Equal(0m, result.Progress);
        Assert.Equal(Status.NotStarted, result.Status);
    }

    [Fact]
    public void Measure_SurveyCheckedInNotDoneMidQuarter_IsOffTrack()
    {
        // Done or not: 0. τ = 2027-02-15, expected ≈ 0.5056; 0 < 0.2556 → off track; score 0.0.
        var result = Evaluate(Survey, Context(Day(2, 15)), On(2, 10, 0m));

        Assert.Equal(0m, result.Progress);
        Assert.Equal(Status.OffTrack, result.Status);
        Assert.Equal(0.0m, result.Score);
    }

    [Fact]
    public void Measure_SurveyDone_IsAchievedWithScoreOne()
    {
        var result = Evaluate(Survey, Context(Day(3, 22)), On(2, 10, 0m), On(3, 20, 1m));

        Assert.Equal(1m, result.Progress);
        Assert.Equal(Status.Achieved, result.Status);
        Assert.Equal(1.0m, result.Score);
    }

    [Fact]
    public void Measure_SurveyChecklistOfWeightedInitiatives_IsWeightedShareDone()
    {
        // Write the questionnaire (weight 1, done), send it to customers (2, done), analyse and present (2, in progress):
        // progress = (1 + 2) / (1 + 2 + 2) = 3 / 5 = 0.6.
        // τ = 2027-03-15: expected ≈ 0.8202; 0.6 < 0.7202 but ≥ 0.5702 → at risk; score 0.6.
        var keyResultId = Guid.NewGuid();
        Initiative[] initiatives =
        [
            Initiative("Write the questionnaire", 1m, InitiativeStatus.Done),
            Initiative("Send it to 400 customers", 2m, InitiativeStatus.Done),
            Initiative("Analyse the answers and present them", 2m, InitiativeStatus.InProgress),
        ];
        var result = KeyResultEvaluation.Of(
            new MilestoneSpec(Checklist: true), [], [.. initiatives.Select(i => i.AsChecklistItem)], Context(Day(3, 15)));

        Assert.Equal(0.6m, result.Progress);
        Assert.True(result.HasData);
        Assert.Equal(Status.AtRisk, result.Status);
        Assert.Equal(0.6m, result.Score);

        Initiative Initiative(string title, decimal weight, InitiativeStatus status)
        {
            var initiative = new Initiative(keyResultId, title, weight);
            initiative.Update(title, weight, null, null, status);
            return initiative;
        }
    }

    [Fact]
    public void Measure_ChecklistWithNothingDone_HasNoDataAndIsNotStarted()
    {
        var result = KeyResultEvaluation.Of(
            new MilestoneSpec(Checklist: true), [], [new ChecklistItem(1m, false)], Context(Day(3, 15)));

        Assert.Equal(0m, result.Progress);
        Assert.False(result.HasData);
        Assert.Equal(Status.NotStarted, result.Status);
    }

    [Fact]
    public void Measure_EmptyChecklist_IsZero()
    {
        Assert.Equal(0m, new MilestoneSpec(Checklist: true).Measure([], Q1, Day(2, 1), []).Progress);
    }

    [Property]
    public void Measure_AnyValues_ProgressIsZeroOrOne(int[] values)
    {
        var measured = Survey.Measure([.. values.Select((v, i) => new Measurement(Q1.Start.AddDays(i % Q1.Days), v))], Q1, Day(3, 1), []);

        Assert.True(measured.Progress is 0m or 1m);
    }

    [Property]
    public void Measure_AnyChecklist_ProgressLiesWithinZeroAndOne(PositiveInt[] weights, bool[] done)
    {
        var items = weights.Select((w, i) => new ChecklistItem(w.Get, done.Length > 0 && done[i % done.Length])).ToList();

        Assert.InRange(new MilestoneSpec(Checklist: true).Measure([], Q1, Day(3, 1), items).Progress, 0m, 1m);
    }
}

using Okra.Domain.Cycles;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;
using static Okra.Domain.Tests.Kit;

namespace Okra.Domain.Tests.Progress;

/// <summary>
/// The status order of DESIGN §2 at its edges. The cycle 2027-01-01…2027-04-11 has e − s = 100 days, so τ = s + n
/// gives expected = n / 100 exactly and the boundaries can be hit to the last digit.
/// </summary>
public sealed class StatusRulesTests
{
    private static readonly DateRange HundredDays = new(Day(1, 1), Day(4, 11));

    /// <summary>Day 50: expected exactly 0.50.</summary>
    private static EvaluationContext Halfway(StatusTolerances? tolerances = null) =>
        Context(Day(2, 20), HundredDays, tolerances: tolerances);

    private static Status Decide(decimal progress, EvaluationContext context, bool hasData = true,
        bool complete = true, bool breaksLimit = false, decimal? score = null) =>
        StatusRules.Decide(progress, score ?? StatusRules.DefaultScore(progress), hasData, complete, breaksLimit, context);

    [Fact]
    public void Halfway_Expected_IsExactlyOneHalf() => Assert.Equal(0.5m, Halfway().Expected);

    [Theory]
    [InlineData(9, Status.NotStarted)] // 9 / 100 = 0.09 < 0.10
    [InlineData(10, Status.OnTrack)] // 0.10 is not less than 0.10; progress 0.05 ≥ 0.10 − 0.10
    public void Decide_LessThanTenPercentOfCyclePassed_IsNotStarted(int day, Status expected)
    {
        var context = Context(Day(1, 1).AddDays(day), HundredDays);

        Assert.Equal(expected, Decide(0.05m, context));
    }

    [Fact]
    public void Decide_NoCheckIn_IsNotStartedEvenFarBehind()
    {
        Assert.Equal(Status.NotStarted, Decide(0m, Halfway(), hasData: false));
    }

    [Theory]
    [InlineData(0.40, Status.OnTrack)] // = 0.50 − 0.10
    [InlineData(0.3999, Status.AtRisk)]
    [InlineData(0.25, Status.AtRisk)] // = 0.50 − 0.25
    [InlineData(0.2499, Status.OffTrack)]
    [InlineData(0.99, Status.OnTrack)]
    public void Decide_AtTheDefaultToleranceBoundaries_IncludesTheBoundary(double progress, Status expected)
    {
        Assert.Equal(expected, Decide((decimal)progress, Halfway()));
    }

    [Theory]
    [InlineData(0.45, Status.OnTrack)] // = 0.50 − 0.05
    [InlineData(0.4499, Status.AtRisk)]
    [InlineData(0.35, Status.AtRisk)] // = 0.50 − 0.15
    [InlineData(0.3499, Status.OffTrack)]
    public void Decide_CustomTolerances_MoveTheBoundaries(double progress, Status expected)
    {
        Assert.Equal(expected, Decide((decimal)progress, Halfway(new StatusTolerances(0.05m, 0.15m))));
    }

    [Fact]
    public void Decide_ProgressOneEarlyInTheCycle_IsAchievedBeforeNotStarted()
    {
        // Rule 1 comes before rule 2: done on day 5 (expected 0.05) is achieved.
        Assert.Equal(Status.Achieved, Decide(1m, Context(Day(1, 6), HundredDays)));
    }

    [Fact]
    public void Decide_ProgressOneButIncomplete_FollowsTheTolerances()
    {
        Assert.Equal(Status.OnTrack, Decide(1m, Halfway(), complete: false));
    }

    [Fact]
    public void Decide_LatestValueBreaksLimit_IsOffTrackOnceStarted()
    {
        Assert.Equal(Status.OffTrack, Decide(0.9m, Halfway(), breaksLimit: true));
        Assert.Equal(Status.NotStarted, Decide(0.9m, Context(Day(1, 5), HundredDays), breaksLimit: true));
    }

    [Theory]
    [InlineData(ObjectiveType.Aspirational, 0.7, Status.Achieved)] // meets the 0.7 bar
    [InlineData(ObjectiveType.Aspirational, 0.6, Status.OffTrack)] // 0.64 < 1 − 0.25
    [InlineData(ObjectiveType.Committed, 0.7, Status.OffTrack)] // committed needs 1.0
    [InlineData(ObjectiveType.Committed, 1.0, Status.Achieved)]
    public void Decide_AtClose_AchievedWhenScoreMeetsTheTypesBar(ObjectiveType type, double score, Status expected)
    {
        // Closed after the cycle (expected 1); progress 0.64 whatever the score, which may be an owner's override.
        var context = Context(Day(4, 12), HundredDays, type, closed: true);

        Assert.Equal(expected, Decide(0.64m, context, score: (decimal)score));
    }

    [Fact]
    public void Decide_AspirationalSevenTenthsNotClosed_IsNotAchieved()
    {
        var context = Context(Day(4, 12), HundredDays, ObjectiveType.Aspirational);

        Assert.Equal(Status.OffTrack, Decide(0.7m, context));
    }

    [Theory]
    [InlineData(0.65, 0.7)] // half away from zero, not to even
    [InlineData(0.649, 0.6)]
    [InlineData(0.25, 0.3)]
    [InlineData(0.05, 0.1)]
    [InlineData(0.04, 0.0)]
    [InlineData(0.95, 1.0)]
    [InlineData(1.2, 1.0)] // clamped first
    [InlineData(-0.3, 0.0)]
    public void DefaultScore_Progress_IsClampedAndRoundedToOneDecimal(double progress, double score)
    {
        Assert.Equal((decimal)score, StatusRules.DefaultScore((decimal)progress));
    }
}

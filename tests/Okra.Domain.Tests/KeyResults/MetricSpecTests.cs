using Okra.Domain.Common;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;
using static Okra.Domain.Tests.Kit;

namespace Okra.Domain.Tests.KeyResults;

/// <summary>Seed examples of metric key results (S1, S3, S4, S6) in 2027-Q1, plus validation.</summary>
public sealed partial class MetricSpecTests
{
    [Fact]
    public void Relative_MrrPlusTwentyPercent_StoresTargetAsBaselineTimesOnePointTwo()
    {
        // S1 "Increase MRR by 20 %": t = b × 1.20 = 10 000 000 × 1.20 = 12 000 000 HUF.
        var spec = MetricSpec.Relative(10_000_000m, 0.20m);

        Assert.Equal(12_000_000m, spec.Target);
        Assert.Equal(0.20m, spec.RelativeChange);
        Assert.False(spec.Decreasing);
    }

    [Fact]
    public void Measure_MrrAtSixtyFivePercent_IsOnTrackAndScoresSevenTenths()
    {
        // τ = 2027-02-15: expected = 45 / 89 ≈ 0.5056.
        // progress = (11 300 000 − 10 000 000) / (12 000 000 − 10 000 000) = 1 300 000 / 2 000 000 = 0.65.
        // 0.65 ≥ 0.5056 − 0.10 → on track; score = round(0.65, 1) = 0.7 (half away from zero).
        var result = Evaluate(MetricSpec.Relative(10_000_000m, 0.20m), Context(Day(2, 15)), On(2, 12, 11_300_000m));

        Assert.Equal(0.65m, result.Progress);
        Assert.Equal(45m / 89m, result.Expected);
        Assert.Equal(Status.OnTrack, result.Status);
        Assert.Equal(0.7m, result.Score);
        Assert.Equal(11_300_000m, result.Measured.CurrentValue);
    }

    [Fact]
    public void Measure_MrrAboveTarget_ShowsRawOverAchievementAndIsAchieved()
    {
        // raw = (12 400 000 − 10 000 000) / 2 000 000 = 1.2 (120 %); clamped progress = 1 → achieved, score 1.0.
        var result = Evaluate(MetricSpec.Relative(10_000_000m, 0.20m), Context(Day(3, 31)), On(3, 31, 12_400_000m));

        Assert.Equal(1.2m, result.Measured.RawProgress);
        Assert.Equal(1m, result.Progress);
        Assert.Equal(Status.Achieved, result.Status);
        Assert.Equal(1.0m, result.Score);
    }

    [Fact]
    public void Measure_AverageCustomerValuePlusFifteenPercentHalfway_IsOffTrackLateInQuarter()
    {
        // S1 "raise average customer value by 15 %": t = 1 200 000 × 1.15 = 1 380 000 HUF.
        // progress = (1 290 000 − 1 200 000) / (1 380 000 − 1 200 000) = 90 000 / 180 000 = 0.5.
        // τ = 2027-03-15: expected = 73 / 89 ≈ 0.8202; 0.5 < 0.8202 − 0.25 = 0.5702 → off track; score 0.5.
        var spec = MetricSpec.Relative(1_200_000m, 0.15m);
        var result = Evaluate(spec, Context(Day(3, 15)), On(3, 1, 1_290_000m));

        Assert.Equal(1_380_000m, spec.Target);
        Assert.Equal(0.5m, result.Progress);
        Assert.Equal(Status.OffTrack, result.Status);
        Assert.Equal(0.5m, result.Score);
    }

    [Fact]
    public void Measure_NpsPlusTwentyFivePercent_IsAtRisk()
    {
        // S3 "raise NPS by 25 %" on a score: t = 32 × 1.25 = 40.
        // progress = (35 − 32) / (40 − 32) = 3 / 8 = 0.375.
        // τ = 2027-02-15: expected ≈ 0.5056; 0.375 < 0.4056 but ≥ 0.2556 → at risk; score = round(0.375, 1) = 0.4.
        var spec = MetricSpec.Relative(32m, 0.25m);
        var result = Evaluate(spec, Context(Day(2, 15)), On(2, 10, 35m));

        Assert.Equal(40m, spec.Target);
        Assert.Equal(0.375m, result.Progress);
        Assert.Equal(Status.AtRisk, result.Status);
        Assert.Equal(0.4m, result.Score);
    }

    [Fact]
    public void Measure_SalesMeetingsPlusThirtyPercent_IsOnTrack()
    {
        // S4 "raise monthly sales meetings by 30 %": t = 40 × 1.30 = 52 meetings a month.
        // progress = (50 − 40) / (52 − 40) = 10 / 12 ≈ 0.8333.
        // τ = 2027-03-15: expected ≈ 0.8202; 0.8333 ≥ 0.7202 → on track; score 0.8.
        var spec = MetricSpec.Relative(40m, 0.30m);
        var result = Evaluate(spec, Context(Day(3, 15)), On(3, 12, 50m));

        Assert.Equal(52m, spec.Target);
        Assert.Equal(10m / 12m, result.Progress);
        Assert.Equal(Status.OnTrack, result.Status);
        Assert.Equal(0.8m, result.Score);
    }

    [Fact]
    public void Measure_TwoNewMarketsOneFound_IsHalfDoneAndOnTrack()
    {
        // S6 "identify new markets twice a quarter": absolute metric 0 → 2.
        // progress = (1 − 0) / (2 − 0) = 0.5; τ = 2027-02-15: 0.5 ≥ 0.4056 → on track; score 0.5.
        var result = Evaluate(new MetricSpec(0m, 2m), Context(Day(2, 15)), On(2, 1, 1m));

        Assert.Equal(0.5m, result.Progress);
        Assert.Equal(Status.OnTrack, result.Status);
        Assert.Equal(0.5m, result.Score);
    }

    [Theory]
    // S3 "cut complaint handling time to 24 h" as a decreasing metric from 60 h (t < b):
    // 42 h: (42 − 60) / (24 − 60) = −18 / −36 = 0.5 → on track at τ = 2027-02-15 (0.5 ≥ 0.4056), score 0.5.
    [InlineData(42, 0.5, 0.5, Status.OnTrack)]
    // 66 h: (66 − 60) / −36 ≈ −0.1667 → clamped 0 → off track (0 < 0.2556), score 0.0.
    [InlineData(66, 0, 0.0, Status.OffTrack)]
    // 20 h: −40 / −36 ≈ 1.111 → clamped 1 → achieved, score 1.0.
    [InlineData(20, 1, 1.0, Status.Achieved)]
    public void Measure_ComplaintHandlingDownToTwentyFourHours_FollowsDecreasingDirection(
        int hours, double progress, double score, Status status)
    {
        var spec = new MetricSpec(60m, 24m);
        var result = Evaluate(spec, Context(Day(2, 15)), On(2, 14, hours));

        Assert.True(spec.Decreasing);
        Assert.Equal((decimal)progress, result.Progress);
        Assert.Equal((decimal)score, result.Score);
        Assert.Equal(status, result.Status);
    }

    [Fact]
    public void Measure_NoCheckIn_IsZeroWithoutCurrentValueAndNotStarted()
    {
        var result = Evaluate(new MetricSpec(0m, 2m), Context(Day(2, 15)));

        Assert.Equal(0m, result.Progress);
        Assert.Null(result.Measured.CurrentValue);
        Assert.Equal(Status.NotStarted, result.Status);
    }

    [Fact]
    public void Measure_CheckInsOutOfOrder_UsesLatestDateAndLastRecordedOfThatDay()
    {
        // Feb 10 is the latest date; of its two check-ins the later-recorded 1.5 wins, not Feb 1's 2.
        var measured = new MetricSpec(0m, 2m).Measure(
            [On(2, 10, 0.5m), On(2, 1, 2m), On(2, 10, 1.5m)], Q1, Day(2, 15), []);

        Assert.Equal(1.5m, measured.CurrentValue);
        Assert.Equal(0.75m, measured.Progress);
    }

    [Fact]
    public void Constructor_TargetEqualToBaseline_IsRefusedOnTarget()
    {
        var error = Assert.Throws<DomainValidationException>(() => new MetricSpec(10m, 10m));
        Assert.Equal("target", error.Field);
    }

    [Fact]
    public void Relative_ZeroBaselineOrZeroChange_IsRefused()
    {
        Assert.Equal("baseline", Assert.Throws<DomainValidationException>(() => MetricSpec.Relative(0m, 0.2m)).Field);
        Assert.Equal("relativeChange", Assert.Throws<DomainValidationException>(() => MetricSpec.Relative(5m, 0m)).Field);
    }

    [Fact]
    public void Relative_NegativeNpsPlusTwentyFivePercent_RaisesTheScore()
    {
        // NPS −20, "+25 %": the change is a quarter of the score's size, so the target is −20 + 20 × 0.25 = −15.
        var spec = MetricSpec.Relative(-20m, 0.25m);
        Assert.Equal(-15m, spec.Target);
        Assert.False(spec.Decreasing);
    }
}

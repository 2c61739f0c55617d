using Okra.Domain.Common;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;
using static Okra.Domain.Tests.Kit;

namespace Okra.Domain.Tests.KeyResults;

/// <summary>
/// Seed examples of recurring key results: S1 "win 50 new customers a month" and S4 "20 cold calls a week".
/// A sub-period's actual is its latest check-in (the running count of that week or month).
/// </summary>
public sealed partial class RecurringSpecTests
{
    private static readonly RecurringSpec FiftyAMonth = new(PeriodUnit.Month, 50m);
    private static readonly RecurringSpec TwentyAWeek = new(PeriodUnit.Week, 20m);

    [Fact]
    public void Measure_FiftyNewCustomersAMonthInMarch_AveragesMonthsAndCountsHitRate()
    {
        // 2027-Q1 = January, February, March, each whole, target 50.
        // January 50 → min(50/50, 1) = 1; February's latest is 40 → 0.8; March so far 20 → 0.4.
        // progress = (1 + 0.8 + 0.4) / 3 = 2.2 / 3 ≈ 0.7333.
        // τ = 2027-03-15: expected = 73 / 89 ≈ 0.8202; 0.7333 ≥ 0.7202 → on track; score round(0.7333, 1) = 0.7.
        // Hit rate: January and February have ended (2 elapsed), January met → 1 / 2; March is neither ended nor met.
        var result = Evaluate(FiftyAMonth, Context(Day(3, 15)),
            On(1, 31, 50m), On(2, 14, 22m), On(2, 28, 40m), On(3, 15, 20m));

        Assert.Equal(2.2m / 3m, result.Progress);
        Assert.Equal(Status.OnTrack, result.Status);
        Assert.Equal(0.7m, result.Score);
        Assert.Equal(1, result.Measured.PeriodsMet);
        Assert.Equal(2, result.Measured.PeriodsElapsed);
        Assert.Equal(0.5m, result.Measured.HitRate);
        Assert.Equal(20m, result.Measured.CurrentValue);
    }

    [Fact]
    public void TargetOf_CycleClippedMidJanuary_ProRatesTheFirstMonthByDays()
    {
        // A cycle from 2027-01-15: January keeps 15…31 = 17 of its 31 days → 50 × 17 / 31 = 850 / 31 ≈ 27.42.
        var periods = SubPeriod.Split(new DateRange(Day(1, 15), Day(3, 31)), PeriodUnit.Month);

        Assert.Equal(850m / 31m, FiftyAMonth.TargetOf(periods[0]));
        Assert.Equal(50m, FiftyAMonth.TargetOf(periods[1]));
    }

    [Fact]
    public void Measure_CycleClippedMidJanuary_MeetsShortJanuaryWithTwentyEight()
    {
        // January target ≈ 27.42: 28 meets it (28 / 27.42 ≈ 1.02 → 1); February 45 / 50 = 0.9; March 50 / 50 = 1.
        // progress = (1 + 0.9 + 1) / 3 = 2.9 / 3 ≈ 0.9667; τ = 2027-04-01 (after the end): expected 1,
        // 0.9667 ≥ 0.90 → on track, not achieved because February missed; score round(0.9667, 1) = 1.0.
        var cycle = new DateRange(Day(1, 15), Day(3, 31));
        var result = Evaluate(FiftyAMonth, Context(Day(4, 1), cycle),
            On(1, 31, 28m), On(2, 28, 45m), On(3, 31, 50m));

        Assert.Equal(2.9m / 3m, result.Progress);
        Assert.Equal(Status.OnTrack, result.Status);
        Assert.Equal(1.0m, result.Score);
        Assert.Equal(2m / 3m, result.Measured.HitRate);
    }

    [Fact]
    public void TargetOf_FirstWeekOfQ1_IsSixtySevenths()
    {
        // 2027-Q1 starts on Friday 2027-01-01: the first ISO week keeps Friday to Sunday, 3 of 7 days → 20 × 3 / 7 = 60 / 7.
        var periods = SubPeriod.Split(Cycle.Named(new FiscalCalendar(), "2027-Q1").Dates, PeriodUnit.Week);

        Assert.Equal(14, periods.Count);
        Assert.Equal(60m / 7m, TwentyAWeek.TargetOf(periods[0]));
        Assert.Equal(20m, TwentyAWeek.TargetOf(periods[1]));
        Assert.Equal(60m / 7m, TwentyAWeek.TargetOf(periods[^1]));
    }

    [Theory]
    // 8 / (60/7) = 56/60 ≈ 0.933 misses the three-day week; 9 / (60/7) = 63/60 = 1.05 meets it.
    [InlineData(8, 0)]
    [InlineData(9, 1)]
    public void Measure_ThreeDayFirstWeek_NeedsNineCalls(int calls, int met)
    {
        var measured = TwentyAWeek.Measure([On(1, 3, calls)], Q1, Day(1, 4), []);

        Assert.Equal(1, measured.PeriodsElapsed);
        Assert.Equal(met, measured.PeriodsMet);
    }

    [Fact]
    public void Measure_TwentyColdCallsAWeekOnJanuaryTwentieth_ShowsProgressAndHitRate()
    {
        // 14 sub-periods. Jan 1–3: 9 / (60/7) = 1.05 → 1; Jan 4–10: 20 / 20 = 1; Jan 11–17: 15 / 20 = 0.75;
        // Jan 18–24 so far: 8 / 20 = 0.4; the ten later weeks 0.
        // progress = (1 + 1 + 0.75 + 0.4) / 14 = 3.15 / 14 = 0.225; raw = (1.05 + 1 + 0.75 + 0.4) / 14 = 3.2 / 14.
        // τ = 2027-01-20: expected = 19 / 89 ≈ 0.2135; 0.225 ≥ 0.1135 → on track; score round(0.225, 1) = 0.2.
        // Hit rate: three weeks have ended, two met → 2 / 3 (the current week is not met yet, so not counted).
        var result = Evaluate(TwentyAWeek, Context(Day(1, 20)),
            On(1, 3, 9m), On(1, 10, 20m), On(1, 17, 15m), On(1, 20, 8m));

        Assert.Equal(0.225m, result.Progress);
        Assert.Equal(3.2m / 14m, result.Measured.RawProgress, 20);
        Assert.Equal(Status.OnTrack, result.Status);
        Assert.Equal(0.2m, result.Score);
        Assert.Equal(2, result.Measured.PeriodsMet);
        Assert.Equal(3, result.Measured.PeriodsElapsed);
        Assert.Equal(2m / 3m, result.Measured.HitRate);
    }

    [Fact]
    public void Measure_CurrentWeekAlreadyMet_CountsAsElapsedAndMet()
    {
        // By Wednesday 2027-01-20 the week of Jan 18–24 already has 20 calls: 3 ended weeks + this one = 4 elapsed, 3 met.
        var measured = TwentyAWeek.Measure(
            [On(1, 3, 9m), On(1, 10, 20m), On(1, 17, 15m), On(1, 20, 20m)], Q1, Day(1, 20), []);

        Assert.Equal(3, measured.PeriodsMet);
        Assert.Equal(4, measured.PeriodsElapsed);
    }

    [Fact]
    public void Measure_NegativeCorrectionInAWeek_CountsThatWeekAsZero()
    {
        // Jan 4–10: 20 → 1; Jan 11–17: a correction to −5 → clamp01(−5 / 20) = 0, not −0.25.
        // progress = (0 + 1 + 0 + …) / 14 = 1 / 14.
        var measured = TwentyAWeek.Measure([On(1, 10, 20m), On(1, 17, -5m)], Q1, Day(1, 18), []);

        Assert.Equal(1m / 14m, measured.Progress);
    }

    [Fact]
    public void Constructor_TargetNotPositive_IsRefused()
    {
        var error = Assert.Throws<DomainValidationException>(() => new RecurringSpec(PeriodUnit.Week, 0m));
        Assert.Equal("targetPerPeriod", error.Field);
    }
}

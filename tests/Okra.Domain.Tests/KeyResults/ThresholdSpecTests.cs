using FsCheck;
using FsCheck.Xunit;
using Okra.Domain.Common;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;
using static Okra.Domain.Tests.Kit;

namespace Okra.Domain.Tests.KeyResults;

/// <summary>
/// S3 "cut complaint handling time to 24 hours" as a weekly threshold (≤ 24 h) in 2027-Q1, and the other comparisons.
/// Weeks to τ = Wednesday 2027-02-03: Jan 1–3, 4–10, 11–17, 18–24, 25–31 (ended) and Feb 1–7 (current).
/// Expected on 2027-02-03 = 33 / 89 ≈ 0.3708.
/// </summary>
public sealed class ThresholdSpecTests
{
    private static readonly ThresholdSpec AtMost24Hours = new(Comparison.AtMost, 24m);

    private static readonly Measurement[] FiveWeeks =
        [On(1, 3, 30m), On(1, 10, 22m), On(1, 17, 20m), On(1, 24, 26m), On(1, 31, 23m)];

    [Fact]
    public void Measure_ComplaintHandlingWithinLimitThisWeek_IsShareOfElapsedWeeksMet()
    {
        // Weekly values 30 ✗, 22 ✓, 20 ✓, 26 ✗, 23 ✓, and 21 ✓ on Feb 2 (the current week has a value, so it counts).
        // progress = 4 met / 6 elapsed ≈ 0.6667; latest 21 ≤ 24; 0.6667 ≥ 0.2708 → on track; score 0.7.
        var result = Evaluate(AtMost24Hours, Context(Day(2, 3)), [.. FiveWeeks, On(2, 2, 21m)]);

        Assert.Equal(4m / 6m, result.Progress);
        Assert.Equal(4, result.Measured.PeriodsMet);
        Assert.Equal(6, result.Measured.PeriodsElapsed);
        Assert.False(result.Measured.BreaksLimit);
        Assert.Equal(Status.OnTrack, result.Status);
        Assert.Equal(0.7m, result.Score);
    }

    [Fact]
    public void Measure_LatestValueBreaksLimit_IsOffTrackDespiteProgress()
    {
        // Feb 3 brings 25 h, now the current week's value: 3 met / 6 elapsed = 0.5, which alone would be on track
        // (0.5 ≥ 0.2708), but the latest value breaks ≤ 24 → off track.
        var result = Evaluate(AtMost24Hours, Context(Day(2, 3)), [.. FiveWeeks, On(2, 2, 21m), On(2, 3, 25m)]);

        Assert.Equal(0.5m, result.Progress);
        Assert.True(result.Measured.BreaksLimit);
        Assert.Equal(25m, result.Measured.CurrentValue);
        Assert.Equal(Status.OffTrack, result.Status);
    }

    [Fact]
    public void Measure_CurrentWeekWithoutValue_IsNotElapsedYet()
    {
        // Only the five ended weeks count: 3 met (22, 20, 23) / 5 = 0.6.
        var measured = AtMost24Hours.Measure(FiveWeeks, Q1, Day(2, 3), []);

        Assert.Equal(0.6m, measured.Progress);
        Assert.Equal(5, measured.PeriodsElapsed);
    }

    [Fact]
    public void Measure_EndedWeekWithoutValue_CountsAsNotMet()
    {
        // Without Jan 17's 20 h the week of Jan 11–17 still elapsed but is not met: 2 / 5 = 0.4.
        var measured = AtMost24Hours.Measure(FiveWeeks.Where(m => m.Date != Day(1, 17)).ToList(), Q1, Day(2, 3), []);

        Assert.Equal(0.4m, measured.Progress);
        Assert.Equal(5, measured.PeriodsElapsed);
    }

    [Fact]
    public void Measure_EveryElapsedWeekMetMidQuarter_IsOnTrackNotAchieved()
    {
        // Progress 1 (5 / 5) is not yet achievement: 9 weeks of the quarter are still to come.
        var measured = Evaluate(AtMost24Hours, Context(Day(2, 3)),
            On(1, 3, 20m), On(1, 10, 20m), On(1, 17, 20m), On(1, 24, 20m), On(1, 31, 20m));

        Assert.Equal(1m, measured.Progress);
        Assert.False(measured.Measured.Complete);
        Assert.Equal(Status.OnTrack, measured.Status);
    }

    [Fact]
    public void Measure_EveryWeekOfTheQuarterMet_IsAchieved()
    {
        var weeks = SubPeriod.Split(Q1, PeriodUnit.Week).Select(p => new Measurement(p.Dates.End, 23m)).ToArray();
        var result = Evaluate(AtMost24Hours, Context(Day(4, 1)), weeks);

        Assert.Equal(1m, result.Progress);
        Assert.Equal(Status.Achieved, result.Status);
    }

    [Fact]
    public void Measure_NpsAtLeastFortyMonthly_CountsMonthsMet()
    {
        // NPS ≥ 40 per month: January 42 ✓, February 38 ✗, March so far 41 ✓ → 2 / 3; latest 41 keeps the limit.
        var measured = new ThresholdSpec(Comparison.AtLeast, 40m, period: PeriodUnit.Month)
            .Measure([On(1, 31, 42m), On(2, 28, 38m), On(3, 10, 41m)], Q1, Day(3, 10), []);

        Assert.Equal(2m / 3m, measured.Progress);
        Assert.False(measured.BreaksLimit);
    }

    [Theory]
    [InlineData(4.99, false)]
    [InlineData(5, true)]
    [InlineData(12, true)]
    [InlineData(12.01, false)]
    public void IsMet_DiscountBetweenFiveAndTwelvePercent_IncludesBothLimits(double discount, bool met)
    {
        Assert.Equal(met, new ThresholdSpec(Comparison.Between, 5m, 12m).IsMet((decimal)discount));
    }

    [Fact]
    public void Constructor_BetweenWithoutOrBelowUpperLimit_IsRefusedOnUpperLimit()
    {
        Assert.Equal("upperLimit", Assert.Throws<DomainValidationException>(() => new ThresholdSpec(Comparison.Between, 5m)).Field);
        Assert.Equal("upperLimit", Assert.Throws<DomainValidationException>(() => new ThresholdSpec(Comparison.Between, 5m, 4m)).Field);
        Assert.Equal("upperLimit", Assert.Throws<DomainValidationException>(() => new ThresholdSpec(Comparison.AtMost, 5m, 9m)).Field);
    }

    [Property(EndSize = 1_000)]
    public void Measure_AnyValues_ProgressLiesWithinZeroAndOne(int[] values, int limit, NonNegativeInt today, bool monthly)
    {
        var spec = new ThresholdSpec(Comparison.AtMost, limit, period: monthly ? PeriodUnit.Month : PeriodUnit.Week);
        var measurements = values.Select((v, i) => new Measurement(Q1.Start.AddDays(i * 3 % Q1.Days), v)).ToList();
        var measured = spec.Measure(measurements, Q1, Q1.Start.AddDays(today.Get % 120), []);

        Assert.InRange(measured.Progress, 0m, 1m);
    }
}

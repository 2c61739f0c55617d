using FsCheck;
using FsCheck.Xunit;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;
using static Okra.Domain.Tests.Kit;

namespace Okra.Domain.Tests.KeyResults;

/// <summary>A recurring key result is achieved only once every sub-period of the cycle is met.</summary>
public sealed partial class RecurringSpecTests
{
    /// <summary>A check-in of <paramref name="calls"/> on the last day of every week of 2027-Q1 up to <paramref name="until"/>.</summary>
    private static Measurement[] EveryWeek(decimal calls, DateOnly until) =>
        [.. SubPeriod.Split(Q1, PeriodUnit.Week).Where(p => p.Dates.End <= until).Select(p => new Measurement(p.Dates.End, calls))];

    [Fact]
    public void Measure_EveryWeekOfTheQuarterMet_IsAchieved()
    {
        // 20 calls in each of the 14 weeks (≥ 60/7 in the two three-day weeks): Σ = 14 × 1, progress = 14 / 14 = 1.
        var result = Evaluate(TwentyAWeek, Context(Day(3, 31)), EveryWeek(20m, Day(3, 31)));

        Assert.Equal(1m, result.Progress);
        Assert.Equal(Status.Achieved, result.Status);
        Assert.Equal(1m, result.Measured.HitRate);
    }

    [Fact]
    public void Measure_EveryElapsedWeekMetMidQuarter_IsOnTrackNotAchieved()
    {
        // τ = 2027-02-07: 6 weeks ended and met (hit rate 1), progress = 6 / 14 ≈ 0.4286 < 1.
        // expected = 37 / 89 ≈ 0.4157 → on track, but not achieved: 8 weeks are still to come.
        var result = Evaluate(TwentyAWeek, Context(Day(2, 7)), EveryWeek(20m, Day(2, 7)));

        Assert.Equal(6m / 14m, result.Progress);
        Assert.Equal(1m, result.Measured.HitRate);
        Assert.Equal(Status.OnTrack, result.Status);
    }

    [Fact]
    public void Measure_OneWeekMissedAtTheEnd_IsNotAchieved()
    {
        // All but Jan 11–17 met: progress = 13 / 14 ≈ 0.9286; τ at the end, expected 1 → on track (≥ 0.90).
        var measurements = EveryWeek(20m, Day(3, 31)).Where(m => m.Date != Day(1, 17)).ToArray();
        var result = Evaluate(TwentyAWeek, Context(Day(3, 31)), measurements);

        Assert.Equal(13m / 14m, result.Progress);
        Assert.Equal(Status.OnTrack, result.Status);
        Assert.Equal(13m / 14m, result.Measured.HitRate);
    }

    [Fact]
    public void Measure_OverAchievedWeek_DoesNotMakeUpForAMissedOne()
    {
        // A two-week cycle (Jan 4–17): 40 calls then 0 → min(2, 1) + 0 = 1 → progress 1 / 2 = 0.5,
        // while raw progress (2 + 0) / 2 = 1 shows the over-achievement.
        var cycle = new DateRange(Day(1, 4), Day(1, 17));
        var result = Evaluate(TwentyAWeek, Context(Day(1, 17), cycle), On(1, 10, 40m), On(1, 17, 0m));

        Assert.Equal(0.5m, result.Progress);
        Assert.Equal(1m, result.Measured.RawProgress);
        Assert.NotEqual(Status.Achieved, result.Status);
    }

    [Property(EndSize = 1_000)]
    public void Measure_AnyCounts_ProgressLiesWithinZeroAndOne(int[] counts, PositiveInt target, NonNegativeInt today, bool monthly)
    {
        var spec = new RecurringSpec(monthly ? PeriodUnit.Month : PeriodUnit.Week, target.Get);
        var measurements = counts.Select((c, i) => new Measurement(Q1.Start.AddDays(i * 5 % Q1.Days), c)).ToList();
        var measured = spec.Measure(measurements, Q1, Q1.Start.AddDays(today.Get % 120), []);

        Assert.InRange(measured.Progress, 0m, 1m);
        Assert.InRange(measured.PeriodsMet!.Value, 0, measured.PeriodsElapsed!.Value);
    }
}

using FsCheck.Xunit;
using Okra.Domain.CheckIns;
using Okra.Domain.Cycles;

namespace Okra.Domain.Tests.CheckIns;

public sealed class CheckInWeekTests
{
    [Theory]
    [InlineData("2027-01-11", "2027-01-11", "2027-01-17")] // a Monday starts its own week
    [InlineData("2027-01-14", "2027-01-11", "2027-01-17")] // a Thursday
    [InlineData("2027-01-17", "2027-01-11", "2027-01-17")] // a Sunday ends it
    [InlineData("2027-01-01", "2026-12-28", "2027-01-03")] // across the turn of the year
    public void Of_ADay_IsItsMondayToSundayWeek(string day, string monday, string sunday) =>
        Assert.Equal(new DateRange(Day(monday), Day(sunday)), CheckInWeek.Of(Day(day)));

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void IsDue_NoCheckInYet_IsDue() =>
        Assert.True(CheckInWeek.IsDue(true, [], new DateOnly(2027, 1, 14)));

    [Fact]
    public void IsDue_CheckInLastSunday_IsDueAgainOnMonday() =>
        Assert.True(CheckInWeek.IsDue(true, [new DateOnly(2027, 1, 10)], new DateOnly(2027, 1, 11)));

    [Fact]
    public void IsDue_CheckInOnMondayOfThisWeek_IsNotDueOnSunday() =>
        Assert.False(CheckInWeek.IsDue(true, [new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 11)], new DateOnly(2027, 1, 17)));

    [Fact]
    public void IsDue_ArchivedKeyResult_IsNeverDue() =>
        Assert.False(CheckInWeek.IsDue(false, [], new DateOnly(2027, 1, 14)));

    [Property]
    public void Of_AnyDay_IsSevenDaysFromMondayContainingTheDay(int offset)
    {
        var day = new DateOnly(2027, 1, 1).AddDays(offset % 20_000);
        var week = CheckInWeek.Of(day);

        Assert.Equal(7, week.Days);
        Assert.Equal(DayOfWeek.Monday, week.Start.DayOfWeek);
        Assert.True(week.Contains(day));
    }

    [Property]
    public void IsDue_ACheckInToday_IsNeverDue(int offset)
    {
        var day = new DateOnly(2027, 1, 1).AddDays(offset % 20_000);
        Assert.False(CheckInWeek.IsDue(true, [day], day));
    }
}

using FsCheck;
using FsCheck.Xunit;
using Okra.Domain.Cycles;

namespace Okra.Domain.Tests.Cycles;

public sealed class SubPeriodTests
{
    private static readonly DateRange Q1 = new FiscalCalendar().Quarter(2027, 1);

    [Fact]
    public void Split_Q1_2027IntoWeeks_ClipsTheThreeDayWeeksAtBothEnds()
    {
        // Friday 2027-01-01 … Sunday 01-03 (3 days), twelve whole weeks 01-04 … 03-28, Monday 03-29 … Wednesday 03-31.
        var weeks = SubPeriod.Split(Q1, PeriodUnit.Week);

        Assert.Equal(14, weeks.Count);
        Assert.Equal(new SubPeriod(new DateRange(new(2027, 1, 1), new(2027, 1, 3)), 7), weeks[0]);
        Assert.Equal(3m / 7m, weeks[0].Share);
        Assert.Equal(new DateRange(new(2027, 1, 4), new(2027, 1, 10)), weeks[1].Dates);
        Assert.Equal(1m, weeks[1].Share);
        Assert.Equal(new DateRange(new(2027, 3, 29), new(2027, 3, 31)), weeks[^1].Dates);
    }

    [Fact]
    public void Split_JulyStartQuarterIntoMonths_IsThreeWholeMonths()
    {
        var months = SubPeriod.Split(new FiscalCalendar(7).Quarter(2027, 1), PeriodUnit.Month);

        Assert.Equal([31, 31, 30], months.Select(m => m.FullDays));
        Assert.All(months, m => Assert.Equal(1m, m.Share));
    }

    [Fact]
    public void Split_CycleFromMidJanuary_ClipsJanuary()
    {
        var months = SubPeriod.Split(new DateRange(new(2027, 1, 15), new(2027, 3, 31)), PeriodUnit.Month);

        Assert.Equal(17m / 31m, months[0].Share);
        Assert.Equal(28, months[1].FullDays);
    }

    [Property(MaxTest = 300)]
    public void Split_AnyCycle_CoversItExactlyWithSharesInZeroToOne(NonNegativeInt offset, NonNegativeInt length, bool monthly)
    {
        var start = new DateOnly(2020, 1, 1).AddDays(offset.Get % 4000);
        var cycle = new DateRange(start, start.AddDays(length.Get % 400));

        var periods = SubPeriod.Split(cycle, monthly ? PeriodUnit.Month : PeriodUnit.Week);

        Assert.Equal(cycle.Start, periods[0].Dates.Start);
        Assert.Equal(cycle.End, periods[^1].Dates.End);
        Assert.Equal(cycle.Days, periods.Sum(p => p.Dates.Days));
        for (var i = 1; i < periods.Count; i++)
            Assert.Equal(periods[i - 1].Dates.End.AddDays(1), periods[i].Dates.Start); // no gap, no overlap
        Assert.All(periods, p => Assert.True(p.Share > 0m && p.Share <= 1m));
        Assert.All(periods, p => Assert.True(monthly
            ? p.Dates.Start.Month == p.Dates.End.Month && p.FullDays == DateTime.DaysInMonth(p.Dates.Start.Year, p.Dates.Start.Month)
            : p.FullDays == 7 && (p.Dates.Start == cycle.Start || p.Dates.Start.DayOfWeek == DayOfWeek.Monday)
                && (p.Dates.End == cycle.End || p.Dates.End.DayOfWeek == DayOfWeek.Sunday)));
    }
}

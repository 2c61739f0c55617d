using Okra.Domain.Common;
using Okra.Domain.Cycles;

namespace Okra.Domain.Tests.Cycles;

public sealed class CycleTests
{
    private static readonly DateOnly Start = new(2027, 1, 1);

    [Theory]
    [InlineData("0001-01-01", "2027-03-31", "startDate")]
    [InlineData("2027-01-01", "9999-12-31", "endDate")]
    [InlineData("2027-01-01", "2029-01-05", "endDate")] // longer than two years
    public void Constructor_DatesOutOfAnyPlausibleCycle_AreRefusedNamingTheField(string start, string end, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            new Cycle("Odd", CycleKind.Year, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData(0)] // end equal to start
    [InlineData(-1)] // end before start
    public void Constructor_EndNotAfterStart_IsRefusedOnEndDate(int days)
    {
        var error = Assert.Throws<DomainValidationException>(() => new Cycle("Launch", CycleKind.Quarter, Start, Start.AddDays(days)));
        Assert.Equal("endDate", error.Field);
    }

    [Fact]
    public void Update_EndBeforeStart_IsRefusedAndKeepsTheOldDates()
    {
        var cycle = new Cycle("Launch", CycleKind.Quarter, Start, Start.AddDays(89));

        Assert.Throws<DomainValidationException>(() => cycle.Update("Launch", Start, Start.AddDays(-3), CheckInCadence.Weekly));
        Assert.Equal(Start.AddDays(89), cycle.EndDate);
    }

    [Fact]
    public void Named_QuarterOfJulyCalendar_TakesItsDatesAndCanonicalName()
    {
        var cycle = Cycle.Named(new FiscalCalendar(7), "2027-q1", CheckInCadence.Biweekly);

        Assert.Equal("2027-Q1", cycle.Name);
        Assert.Equal(CycleKind.Quarter, cycle.Kind);
        Assert.Equal(new DateRange(new DateOnly(2027, 7, 1), new DateOnly(2027, 9, 30)), cycle.Dates);
        Assert.Equal(CheckInCadence.Biweekly, cycle.Cadence);
    }

    [Fact]
    public void Named_Year_IsAYearCycle()
    {
        var cycle = Cycle.Named(new FiscalCalendar(), "2027");

        Assert.Equal(CycleKind.Year, cycle.Kind);
        Assert.Equal(new DateOnly(2027, 12, 31), cycle.EndDate);
    }

    [Fact]
    public void Named_BadName_IsRefusedOnName()
    {
        Assert.Equal("name", Assert.Throws<DomainValidationException>(() => Cycle.Named(new FiscalCalendar(), "Q1")).Field);
    }
}

using Okra.Domain.Common;
using Okra.Domain.Cycles;

namespace Okra.Domain.Tests.Cycles;

/// <summary>Quarters and years named by the calendar year in which the fiscal year starts.</summary>
public sealed class FiscalCalendarTests
{
    private static readonly FiscalCalendar January = new();
    private static readonly FiscalCalendar July = new(7);

    private static DateRange Range(string start, string end) => new(DateOnly.Parse(start, null), DateOnly.Parse(end, null));

    [Fact]
    public void Quarter_DefaultJanuaryStart_MatchesTheCalendar()
    {
        Assert.Equal(Range("2027-01-01", "2027-03-31"), January.Quarter(2027, 1));
        Assert.Equal(Range("2027-10-01", "2027-12-31"), January.Quarter(2027, 4));
        Assert.Equal(Range("2027-01-01", "2027-12-31"), January.Year(2027));
    }

    [Theory]
    [InlineData(1, "2027-07-01", "2027-09-30")]
    [InlineData(2, "2027-10-01", "2027-12-31")]
    [InlineData(3, "2028-01-01", "2028-03-31")] // crosses into the next calendar year
    [InlineData(4, "2028-04-01", "2028-06-30")]
    public void Quarter_JulyStart_RunsFromJuly(int quarter, string start, string end)
    {
        Assert.Equal(Range(start, end), July.Quarter(2027, quarter));
    }

    [Fact]
    public void Year_JulyStart_EndsOnJuneThirtiethNextYear()
    {
        Assert.Equal(Range("2027-07-01", "2028-06-30"), July.Year(2027));
    }

    [Theory]
    [InlineData("2027-07-01", 2027, 1)]
    [InlineData("2027-12-31", 2027, 2)]
    [InlineData("2028-01-01", 2027, 3)] // new calendar year, same fiscal year
    [InlineData("2028-02-10", 2027, 3)]
    [InlineData("2028-06-30", 2027, 4)]
    [InlineData("2027-06-30", 2026, 4)]
    public void QuarterOf_JulyStart_WorksAcrossTheYearBoundary(string day, int year, int quarter)
    {
        Assert.Equal((year, quarter), July.QuarterOf(DateOnly.Parse(day, null)));
    }

    [Fact]
    public void QuarterOf_EveryDayOfAYear_LiesInTheQuarterItNames()
    {
        for (var day = new DateOnly(2027, 7, 1); day < new DateOnly(2028, 7, 1); day = day.AddDays(1))
        {
            var (year, quarter) = July.QuarterOf(day);
            Assert.True(July.Quarter(year, quarter).Contains(day), $"{day:yyyy-MM-dd} not in {year}-Q{quarter}");
        }
    }

    [Theory]
    [InlineData("2027-Q1", CycleKind.Quarter, "2027-Q1", "2027-07-01", "2027-09-30")]
    [InlineData(" 2027-q3 ", CycleKind.Quarter, "2027-Q3", "2028-01-01", "2028-03-31")]
    [InlineData("2027", CycleKind.Year, "2027", "2027-07-01", "2028-06-30")]
    public void Parse_ValidNames_GiveKindDatesAndCanonicalName(string text, CycleKind kind, string name, string start, string end)
    {
        Assert.Equal((kind, Range(start, end), name), July.Parse(text));
    }

    [Theory]
    [InlineData("2027-Q5")]
    [InlineData("2027-Q0")]
    [InlineData("27-Q1")]
    [InlineData("2027Q1")]
    [InlineData("Q1-2027")]
    [InlineData("2027-H1")]
    [InlineData("+202")]
    [InlineData("20270")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_BadNames_AreRefusedOnName(string? text)
    {
        var error = Assert.Throws<DomainValidationException>(() => July.Parse(text));
        Assert.Equal("name", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Constructor_StartMonthOutsideOneToTwelve_IsRefused(int month)
    {
        var error = Assert.Throws<DomainValidationException>(() => new FiscalCalendar(month));
        Assert.Equal("fiscalYearStartMonth", error.Field);
    }

    [Fact]
    public void Names_AreInvariant()
    {
        Assert.Equal("2027-Q4", FiscalCalendar.QuarterName(2027, 4));
        Assert.Equal("2027", FiscalCalendar.YearName(2027));
    }
}

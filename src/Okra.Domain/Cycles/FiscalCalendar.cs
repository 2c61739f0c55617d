using System.Globalization;
using Okra.Domain.Common;

namespace Okra.Domain.Cycles;

/// <summary>
/// Quarters and years of an organisation's fiscal year. A fiscal year is named by the calendar year in
/// which it starts: with a July start, <c>2027</c> runs from 2027-07-01 to 2028-06-30 and <c>2027-Q1</c>
/// is July to September 2027. With the default January start the names match the calendar.
/// </summary>
public sealed class FiscalCalendar
{
    /// <summary>Creates the calendar for a fiscal year starting in <paramref name="startMonth"/> (1–12).</summary>
    public FiscalCalendar(int startMonth = 1) =>
        StartMonth = Guard.InRange(startMonth, 1, 12, "fiscalYearStartMonth");

    /// <summary>Month (1–12) in which the fiscal year starts.</summary>
    public int StartMonth { get; }

    /// <summary>The days of fiscal year <paramref name="year"/>.</summary>
    public DateRange Year(int year)
    {
        CheckYear(year);
        var start = new DateOnly(year, StartMonth, 1);
        return new DateRange(start, start.AddYears(1).AddDays(-1));
    }

    /// <summary>The days of quarter <paramref name="quarter"/> (1–4) of fiscal year <paramref name="year"/>.</summary>
    public DateRange Quarter(int year, int quarter)
    {
        CheckYear(year);
        Guard.InRange(quarter, 1, 4, "quarter");
        var start = new DateOnly(year, StartMonth, 1).AddMonths(3 * (quarter - 1));
        return new DateRange(start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>The fiscal year and quarter that contain <paramref name="day"/>.</summary>
    public (int Year, int Quarter) QuarterOf(DateOnly day)
    {
        var monthsIntoYear = ((day.Month - StartMonth) % 12 + 12) % 12;
        var year = day.Month >= StartMonth ? day.Year : day.Year - 1;
        return (year, monthsIntoYear / 3 + 1);
    }

    /// <summary>Name of a quarter, e.g. <c>2027-Q1</c>.</summary>
    public static string QuarterName(int year, int quarter) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}");

    /// <summary>Name of a year, e.g. <c>2027</c>.</summary>
    public static string YearName(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a cycle name: <c>2027-Q1</c> gives a quarter, <c>2027</c> a year. Anything else is refused.
    /// </summary>
    public (CycleKind Kind, DateRange Dates, string Name) Parse(string? name, string field = "name")
    {
        var text = name?.Trim().ToUpperInvariant() ?? "";
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return (CycleKind.Year, Year(year), YearName(year));
        if (text.Length == 7 && text[4] == '-' && text[5] == 'Q'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && text[6] is >= '1' and <= '4')
        {
            var quarter = text[6] - '0';
            return (CycleKind.Quarter, Quarter(year, quarter), QuarterName(year, quarter));
        }
        throw new DomainValidationException(field, $"'{name}' is not a cycle name; use a year like '2027' or a quarter like '2027-Q1'.");
    }

    private static void CheckYear(int year) => Guard.InRange(year, 1900, 9998, "year");
}

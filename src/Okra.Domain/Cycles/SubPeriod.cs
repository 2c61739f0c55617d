namespace Okra.Domain.Cycles;

/// <summary>How a recurring or threshold key result divides its cycle.</summary>
public enum PeriodUnit
{
    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week,

    /// <summary>Calendar months.</summary>
    Month,
}

/// <summary>
/// One week or month of a cycle, clipped to the cycle. <see cref="Share"/> is the fraction of the full
/// week or month that lies inside the cycle, used to pro-rate a per-period target.
/// </summary>
/// <param name="Dates">The clipped days.</param>
/// <param name="FullDays">Days of the whole week (7) or month (28–31).</param>
public sealed record SubPeriod(DateRange Dates, int FullDays)
{
    /// <summary>Clipped days divided by full days: 1 for a whole period, 3/7 for a three-day first week.</summary>
    public decimal Share => (decimal)Dates.Days / FullDays;

    /// <summary>Splits <paramref name="cycle"/> into clipped ISO weeks or calendar months, in order.</summary>
    public static IReadOnlyList<SubPeriod> Split(DateRange cycle, PeriodUnit unit)
    {
        var periods = new List<SubPeriod>();
        var day = cycle.Start;
        while (day <= cycle.End)
        {
            var (fullStart, fullEnd) = unit == PeriodUnit.Week ? WeekAround(day) : MonthAround(day);
            var end = fullEnd < cycle.End ? fullEnd : cycle.End;
            periods.Add(new SubPeriod(new DateRange(day, end), fullEnd.DayNumber - fullStart.DayNumber + 1));
            day = end.AddDays(1);
        }
        return periods;
    }

    private static (DateOnly, DateOnly) WeekAround(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return (monday, monday.AddDays(6));
    }

    private static (DateOnly, DateOnly) MonthAround(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }
}

using Okra.Domain.Cycles;

namespace Okra.Domain.Rhythm;

/// <summary>
/// The period a cycle's cadence asks for one check-in in: an ISO week (weekly), two ISO weeks counted from the week the
/// cycle starts in (biweekly), or a calendar month (monthly). A key result is due until it has a check-in dated in the
/// period that contains today.
/// </summary>
public static class CheckInPeriod
{
    /// <summary>The period of <paramref name="cadence"/> that contains <paramref name="day"/>, for a cycle starting on <paramref name="cycleStart"/>.</summary>
    public static DateRange Of(CheckInCadence cadence, DateOnly cycleStart, DateOnly day)
    {
        switch (cadence)
        {
            case CheckInCadence.Biweekly:
                var first = Monday(cycleStart);
                var index = Math.Max(0, (Monday(day).DayNumber - first.DayNumber) / 7 / 2);
                var start = first.AddDays(index * 14);
                return new DateRange(start, start.AddDays(13));
            case CheckInCadence.Monthly:
                var month = new DateOnly(day.Year, day.Month, 1);
                return new DateRange(month, month.AddMonths(1).AddDays(-1));
            default:
                var monday = Monday(day);
                return new DateRange(monday, monday.AddDays(6));
        }
    }

    /// <summary>True when an active key result has no check-in in the period of today.</summary>
    public static bool IsDue(CheckInCadence cadence, DateOnly cycleStart, IEnumerable<DateOnly> checkInDates, DateOnly today)
    {
        var period = Of(cadence, cycleStart, today);
        return !checkInDates.Any(period.Contains);
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

using Okra.Domain.Cycles;

namespace Okra.Domain.CheckIns;

/// <summary>
/// The weekly check-in rhythm: a key result is due for a check-in until it has one dated in the current ISO week
/// (Monday to Sunday) of the organisation's calendar.
/// </summary>
public static class CheckInWeek
{
    /// <summary>The Monday-to-Sunday week that contains <paramref name="day"/>.</summary>
    public static DateRange Of(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new DateRange(monday, monday.AddDays(6));
    }

    /// <summary>
    /// True when an active key result needs a check-in on <paramref name="today"/>: none of its (counted) check-ins is
    /// dated in this week. An archived key result is never due.
    /// </summary>
    public static bool IsDue(bool isActive, IEnumerable<DateOnly> checkInDates, DateOnly today)
    {
        if (!isActive) return false;
        var week = Of(today);
        return !checkInDates.Any(week.Contains);
    }
}

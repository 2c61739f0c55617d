namespace Okra.Domain.Rhythm;

/// <summary>
/// A time of the week in the organisation's time zone ("Thursday 09:00 in Budapest"), at which a scheduled job runs.
/// </summary>
public sealed record WeeklySlot(DayOfWeek Day, TimeOnly Time, TimeZoneInfo Zone)
{
    /// <summary>The first occurrence strictly after <paramref name="after"/>, as a UTC instant.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after)
    {
        var local = TimeZoneInfo.ConvertTime(after, Zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        for (var i = 0; i <= 7; i++)
        {
            var day = date.AddDays(i);
            if (day.DayOfWeek != Day) continue;
            var candidate = At(day);
            if (candidate > after) return candidate;
        }
        return At(date.AddDays(7 + (((int)Day - (int)date.DayOfWeek + 7) % 7)));
    }

    private DateTimeOffset At(DateOnly day)
    {
        var wall = day.ToDateTime(Time, DateTimeKind.Unspecified);
        // A wall time skipped by a daylight-saving jump is taken an hour later.
        if (Zone.IsInvalidTime(wall)) wall = wall.AddHours(1);
        return new DateTimeOffset(wall, Zone.GetUtcOffset(wall)).ToUniversalTime();
    }
}

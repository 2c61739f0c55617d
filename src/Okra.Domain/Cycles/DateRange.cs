using Okra.Domain.Common;

namespace Okra.Domain.Cycles;

/// <summary>An inclusive range of days. <see cref="End"/> is never before <see cref="Start"/>.</summary>
public readonly record struct DateRange
{
    /// <summary>Creates the range, rejecting an end before the start.</summary>
    public DateRange(DateOnly start, DateOnly end, string field = "endDate")
    {
        if (end < start)
            throw new DomainValidationException(field, $"must not be before the start ({start:yyyy-MM-dd}).");
        Start = start;
        End = end;
    }

    /// <summary>First day, inclusive.</summary>
    public DateOnly Start { get; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly End { get; }

    /// <summary>Number of days in the range, counting both ends.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>True when <paramref name="day"/> lies in the range.</summary>
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this range.</summary>
    public bool Contains(DateRange other) => other.Start >= Start && other.End <= End;
}

using Okra.Domain.Common;

namespace Okra.Domain.Cycles;

/// <summary>A period OKRs belong to: a quarter or a year, with inclusive dates and a check-in cadence.</summary>
public sealed class Cycle
{
    /// <summary>The earliest first day a cycle may have; earlier dates are typing mistakes, not OKR cycles.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>The latest last day a cycle may have.</summary>
    public static readonly DateOnly Latest = new(2199, 12, 31);

    /// <summary>The longest cycle: a year is the longest kind, with room for a long first fiscal year.</summary>
    public const int MaxDays = 2 * 366;

    private Cycle() { }

    /// <summary>Creates a cycle; the end must come after the start.</summary>
    public Cycle(string name, CycleKind kind, DateOnly start, DateOnly end, CheckInCadence cadence = CheckInCadence.Weekly)
    {
        Id = Guid.CreateVersion7();
        Update(name, start, end, cadence);
        Kind = Guard.Defined(kind, "kind");
    }

    /// <summary>Creates the named cycle (<c>2027-Q1</c> or <c>2027</c>) of <paramref name="calendar"/>.</summary>
    public static Cycle Named(FiscalCalendar calendar, string name, CheckInCadence cadence = CheckInCadence.Weekly)
    {
        var (kind, dates, canonical) = calendar.Parse(name);
        return new Cycle(canonical, kind, dates.Start, dates.End, cadence);
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Name, e.g. <c>2027-Q1</c>; unique.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Quarter or year.</summary>
    public CycleKind Kind { get; private set; }

    /// <summary>First day.</summary>
    public DateOnly StartDate { get; private set; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly EndDate { get; private set; }

    /// <summary>How often key results are due for a check-in.</summary>
    public CheckInCadence Cadence { get; private set; }

    /// <summary>True once the cycle is archived.</summary>
    public bool IsArchived { get; private set; }

    /// <summary>The cycle's days.</summary>
    public DateRange Dates => new(StartDate, EndDate);

    /// <summary>Changes name, dates and cadence; the end must come after the start.</summary>
    public void Update(string name, DateOnly start, DateOnly end, CheckInCadence cadence)
    {
        var validName = Guard.Text(name, "name", 40);
        if (start < Earliest || start > Latest)
            throw new DomainValidationException("startDate", $"must be between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");
        if (end < Earliest || end > Latest)
            throw new DomainValidationException("endDate", $"must be between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");
        if (end <= start)
            throw new DomainValidationException("endDate", $"must be after the start date ({start:yyyy-MM-dd}).");
        if (end.DayNumber - start.DayNumber + 1 > MaxDays)
            throw new DomainValidationException("endDate", $"makes the cycle longer than {MaxDays} days; a cycle is a quarter or a year.");
        Cadence = Guard.Defined(cadence, "cadence");
        Name = validName;
        StartDate = start;
        EndDate = end;
    }

    /// <summary>Archives the cycle.</summary>
    public void Archive() => IsArchived = true;
}

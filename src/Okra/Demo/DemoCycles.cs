using Okra.Domain.Cycles;

namespace Okra.Demo;

/// <summary>The demo's cycles, relative to today: the fiscal year, the current quarter and the one before it.</summary>
internal sealed record DemoCycles(Cycle Year, Cycle Previous, Cycle Current)
{
    public IReadOnlyList<Cycle> All => [Year, Previous, Current];

    /// <summary>
    /// In the first quarter the previous quarter belongs to last fiscal year, outside <see cref="Year"/>;
    /// objectives there cannot align to the annual objective.
    /// </summary>
    public bool YearHoldsPrevious => Year.Dates.Contains(Previous.Dates);

    public static DemoCycles For(FiscalCalendar calendar, DateOnly today)
    {
        var (year, quarter) = calendar.QuarterOf(today);
        var (previousYear, previousQuarter) = quarter == 1 ? (year - 1, 4) : (year, quarter - 1);
        return new DemoCycles(
            Cycle.Named(calendar, FiscalCalendar.YearName(year)),
            Cycle.Named(calendar, FiscalCalendar.QuarterName(previousYear, previousQuarter)),
            Cycle.Named(calendar, FiscalCalendar.QuarterName(year, quarter)));
    }
}

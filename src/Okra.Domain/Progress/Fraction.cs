namespace Okra.Domain.Progress;

/// <summary>Helpers for fractions between 0 and 1.</summary>
public static class Fraction
{
    /// <summary><c>min(1, max(0, x))</c>.</summary>
    public static decimal Clamp01(decimal x) => x < 0m ? 0m : x > 1m ? 1m : x;

    /// <summary>
    /// Expected progress on <paramref name="today"/>: the share of the cycle's days that have passed,
    /// <c>clamp01((τ − s) / (e − s))</c>.
    /// </summary>
    public static decimal Expected(Cycles.DateRange cycle, DateOnly today)
    {
        var length = cycle.End.DayNumber - cycle.Start.DayNumber;
        if (length == 0) return today >= cycle.Start ? 1m : 0m;
        return Clamp01((decimal)(today.DayNumber - cycle.Start.DayNumber) / length);
    }
}

namespace Okra.Domain.Progress;

/// <summary>
/// What a key result's measurements amount to, before status is decided.
/// </summary>
/// <param name="Progress">Progress within 0…1, the figure every roll-up and status uses.</param>
/// <param name="RawProgress">Unclamped progress: above 1 shows over-achievement (120 %).</param>
/// <param name="CurrentValue">The latest value, or null when there is none.</param>
/// <param name="PeriodsMet">Sub-periods met (recurring and threshold key results), else null.</param>
/// <param name="PeriodsElapsed">Sub-periods elapsed (recurring and threshold key results), else null.</param>
/// <param name="BreaksLimit">True when a threshold key result's latest value breaks its limit.</param>
/// <param name="Complete">True when clamped progress 1 means the key result is achieved.</param>
public sealed record Measured(
    decimal Progress,
    decimal RawProgress,
    decimal? CurrentValue,
    int? PeriodsMet = null,
    int? PeriodsElapsed = null,
    bool BreaksLimit = false,
    bool Complete = true)
{
    /// <summary>Sub-periods met divided by sub-periods elapsed; null when none has elapsed.</summary>
    public decimal? HitRate => PeriodsElapsed is > 0 ? (decimal)PeriodsMet!.Value / PeriodsElapsed.Value : null;
}

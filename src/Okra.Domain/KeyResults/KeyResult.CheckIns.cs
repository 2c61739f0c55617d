using Okra.Domain.CheckIns;
using Okra.Domain.Common;
using Okra.Domain.Cycles;

namespace Okra.Domain.KeyResults;

public sealed partial class KeyResult
{
    /// <summary>
    /// Records a manual check-in. Refused on an archived key result, with a confidence outside 0–10, a date
    /// outside the cycle or in the future, or a milestone value other than 0 or 1. A checklist milestone takes
    /// its value from <paramref name="checklistProgress"/>.
    /// </summary>
    public CheckIn CheckIn(DateOnly date, decimal? value, int confidence, string? comment, string? blockers,
        Guid authorId, DateRange cycle, DateOnly today, DateTimeOffset now, decimal checklistProgress = 0m)
    {
        EnsureActive();
        Guard.InRange(confidence, 0, 10, "confidence");
        CheckDate(date, cycle, today);
        var recorded = CheckValue(value, checklistProgress);
        return new CheckIn(Id, date, recorded, confidence,
            Guard.OptionalText(comment, "comment"), Guard.OptionalText(blockers, "blockers"),
            authorId, CheckInSource.Manual, now);
    }

    /// <summary>Corrects a manual check-in of this key result; the data layer audits the change with its reason.</summary>
    public void Correct(CheckIn checkIn, decimal? value, int confidence, string? comment, string? blockers, decimal checklistProgress = 0m)
    {
        EnsureActive();
        if (checkIn.KeyResultId != Id || checkIn.Source != CheckInSource.Manual)
            throw new DomainValidationException("checkInId", "is not a manual check-in of this key result.");
        Guard.InRange(confidence, 0, 10, "confidence");
        checkIn.Correct(CheckValue(value, checklistProgress), confidence,
            Guard.OptionalText(comment, "comment"), Guard.OptionalText(blockers, "blockers"));
    }

    /// <summary>Records a value computed from sales data (no confidence, no author).</summary>
    public CheckIn SystemCheckIn(DateOnly date, decimal value, DateTimeOffset now)
    {
        EnsureActive();
        return new CheckIn(Id, date, value, null, null, null, null, CheckInSource.System, now);
    }

    private decimal CheckValue(decimal? value, decimal checklistProgress)
    {
        if (Kind == KeyResultKind.Milestone && Checklist) return checklistProgress;
        var recorded = value ?? throw new DomainValidationException("value", "is required.");
        if (Kind == KeyResultKind.Milestone && recorded is not (0m or 1m))
            throw new DomainValidationException("value", "must be 0 (not done) or 1 (done) for a milestone.");
        return recorded;
    }

    private void EnsureActive()
    {
        if (State == KeyResultState.Archived)
            throw new DomainValidationException("keyResultId", "is archived and takes no check-ins.");
    }

    private static void CheckDate(DateOnly date, DateRange cycle, DateOnly today)
    {
        if (!cycle.Contains(date))
            throw new DomainValidationException("date", $"must lie in the cycle ({cycle.Start:yyyy-MM-dd} to {cycle.End:yyyy-MM-dd}).");
        if (date > today)
            throw new DomainValidationException("date", "must not be in the future.");
    }
}

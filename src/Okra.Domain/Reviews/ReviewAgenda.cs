using Okra.Domain.Progress;

namespace Okra.Domain.Reviews;

/// <summary>A check-in as the agenda reads it.</summary>
/// <param name="Date">The day it describes.</param>
/// <param name="Confidence">The owner's confidence, null for system check-ins.</param>
/// <param name="Blockers">What stands in the way, if anything.</param>
public sealed record AgendaCheckIn(DateOnly Date, int? Confidence, string? Blockers);

/// <summary>A key result of the reviewed teams, evaluated on the meeting day.</summary>
/// <param name="Id">The key result.</param>
/// <param name="ObjectiveId">Its objective.</param>
/// <param name="Status">Its status on the meeting day (DESIGN §2).</param>
/// <param name="CheckIns">Its counted check-ins in the order they were written.</param>
public sealed record AgendaKeyResult(Guid Id, Guid ObjectiveId, Status Status, IReadOnlyList<AgendaCheckIn> CheckIns);

/// <summary>An objective of the reviewed teams.</summary>
/// <param name="Id">The objective.</param>
/// <param name="IsShared">True when owned by more than one team.</param>
public sealed record AgendaObjective(Guid Id, bool IsShared);

/// <summary>A confidence that fell by <see cref="ReviewAgenda.ConfidenceDropThreshold"/> or more between the last two check-ins.</summary>
public sealed record ConfidenceDrop(Guid KeyResultId, int From, int To);

/// <summary>A blocker raised in a check-in since the last review.</summary>
public sealed record RaisedBlocker(Guid KeyResultId, DateOnly Date, string Blockers);

/// <summary>
/// The agenda of a review, generated from the data: key results off track and at risk, confidence drops of two or more
/// between the last two check-ins, blockers raised since the last review, key results without a check-in in the meeting's
/// week, and the shared objectives.
/// </summary>
public sealed record ReviewAgenda(
    IReadOnlyList<Guid> OffTrack,
    IReadOnlyList<Guid> AtRisk,
    IReadOnlyList<ConfidenceDrop> ConfidenceDrops,
    IReadOnlyList<RaisedBlocker> Blockers,
    IReadOnlyList<Guid> NoCheckInThisWeek,
    IReadOnlyList<Guid> SharedObjectives)
{
    /// <summary>A fall of confidence this large (points of 0–10) between the last two check-ins is on the agenda.</summary>
    public const int ConfidenceDropThreshold = 2;

    /// <summary>
    /// Builds the agenda of a meeting on <paramref name="meetingDate"/>. Blockers count from the day after
    /// <paramref name="since"/> (the previous review of these teams, or the start of the look-back when there was none) up to
    /// the meeting day. "This week" is the ISO week (Monday to Sunday) of the meeting. Achieved key results need no check-in.
    /// </summary>
    public static ReviewAgenda Of(IReadOnlyList<AgendaKeyResult> keyResults, IReadOnlyList<AgendaObjective> objectives, DateOnly meetingDate, DateOnly since)
    {
        var monday = meetingDate.AddDays(-(((int)meetingDate.DayOfWeek + 6) % 7));
        var sunday = monday.AddDays(6);
        var drops = new List<ConfidenceDrop>();
        var blockers = new List<RaisedBlocker>();
        foreach (var keyResult in keyResults)
        {
            var confident = keyResult.CheckIns.Where(c => c.Confidence is not null && c.Date <= meetingDate).ToList();
            if (confident.Count >= 2 && confident[^2].Confidence!.Value - confident[^1].Confidence!.Value >= ConfidenceDropThreshold)
                drops.Add(new ConfidenceDrop(keyResult.Id, confident[^2].Confidence!.Value, confident[^1].Confidence!.Value));
            blockers.AddRange(keyResult.CheckIns
                .Where(c => !string.IsNullOrWhiteSpace(c.Blockers) && c.Date > since && c.Date <= meetingDate)
                .Select(c => new RaisedBlocker(keyResult.Id, c.Date, c.Blockers!.Trim())));
        }
        return new ReviewAgenda(
            keyResults.Where(k => k.Status == Status.OffTrack).Select(k => k.Id).ToList(),
            keyResults.Where(k => k.Status == Status.AtRisk).Select(k => k.Id).ToList(),
            drops,
            blockers.OrderByDescending(b => b.Date).ToList(),
            keyResults.Where(k => k.Status != Status.Achieved && !k.CheckIns.Any(c => c.Date >= monday && c.Date <= sunday)).Select(k => k.Id).ToList(),
            objectives.Where(o => o.IsShared).Select(o => o.Id).ToList());
    }

    /// <summary>
    /// Where the look-back for blockers starts when the teams had no earlier review: one period of the review's kind before
    /// the meeting (a week, a month), or the cycle's start for quarterly reviews and retrospectives.
    /// </summary>
    public static DateOnly DefaultSince(ReviewKind kind, DateOnly meetingDate, DateOnly cycleStart)
    {
        var since = kind switch
        {
            ReviewKind.Weekly => meetingDate.AddDays(-7),
            ReviewKind.Monthly => meetingDate.AddMonths(-1),
            _ => cycleStart.AddDays(-1),
        };
        return since < cycleStart.AddDays(-1) ? cycleStart.AddDays(-1) : since;
    }
}

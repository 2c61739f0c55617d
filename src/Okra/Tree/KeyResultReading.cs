using Okra.Domain.CheckIns;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;

namespace Okra.Tree;

/// <summary>
/// One key result evaluated on a day
/// (<see cref="SnapshotReader.ReadKeyResultAsync"/>), with its objective
/// and cycle and what the evaluation was computed from, so that the effect of a new check-in is computed without
/// reading again.
/// </summary>
public sealed class KeyResultReading
{
    private readonly KeyResult keyResult;
    private readonly IReadOnlyList<CheckInFigures> checkIns;
    private readonly EvaluationContext context;

    internal KeyResultReading(
        KeyResult keyResult, Objective objective, Cycle cycle, IReadOnlyList<CheckInFigures> checkIns, IReadOnlyList<ChecklistItem> checklist, EvaluationContext context)
    {
        this.keyResult = keyResult;
        this.checkIns = checkIns;
        this.context = context;
        Objective = objective;
        Cycle = cycle;
        Checklist = checklist;
        Evaluation = SnapshotReader.Evaluate(keyResult, checkIns, checklist, context);
        Confidence = SnapshotReader.LatestConfidence(checkIns);
    }

    public Objective Objective { get; }
    public Cycle Cycle { get; }
    public IReadOnlyList<ChecklistItem> Checklist { get; }
    public KeyResultEvaluation Evaluation { get; }

    /// <summary>The confidence of the latest check-in that gave one, if any.</summary>
    public int? Confidence { get; }

    /// <summary>The same key result once <paramref name="checkIn"/> is recorded: check-ins count in the order they were written, so it comes last.</summary>
    public KeyResultReading After(CheckIn checkIn) => new(
        keyResult, Objective, Cycle, [.. checkIns, new CheckInFigures(checkIn.KeyResultId, checkIn.Date, checkIn.Value, checkIn.Confidence)], Checklist, context);
}

using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;

namespace Okra.Tree;

/// <summary>
/// A set of objectives with their active key results, evaluated on one day by the domain rules.
/// Every screen, API answer and CLI table reads progress from here, never computing it again.
/// </summary>
public sealed record OkrSnapshot(
    DateOnly Today,
    IReadOnlyDictionary<Guid, Cycle> Cycles,
    IReadOnlyList<Objective> Objectives,
    IReadOnlyDictionary<Guid, ObjectiveEvaluation> ObjectiveProgress,
    ILookup<Guid, KeyResult> KeyResultsByObjective,
    IReadOnlyDictionary<Guid, KeyResultEvaluation> KeyResultProgress,
    IReadOnlyDictionary<Guid, int> Confidences)
{
    /// <summary>The confidence of a key result's latest check-in that gave one (system check-ins do not), if any.</summary>
    public int? ConfidenceOf(Guid keyResultId) => Confidences.TryGetValue(keyResultId, out var c) ? c : null;
}

using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;

namespace Okra.Tree;

/// <summary>
/// A key result with what evaluating it needs besides its check-ins: its objective, its cycle and the organisation's
/// status tolerances (null without an organisation), its owner's name, and whether its achievement was awarded, read in
/// one query (<see cref="SnapshotReader.FindKeyResultAsync"/>).
/// </summary>
public sealed record KeyResultInCycle(
    KeyResult KeyResult, Objective Objective, Cycle Cycle, decimal? OnTrack, decimal? AtRisk, string? OwnerName, bool Awarded)
{
    /// <summary>The organisation's tolerances, or the defaults.</summary>
    public StatusTolerances Tolerances =>
        OnTrack is { } onTrack && AtRisk is { } atRisk ? new StatusTolerances(onTrack, atRisk) : StatusTolerances.Default;
}

using Okra.Domain.Objectives;

namespace Okra.Domain.Access;

/// <summary>
/// What an access decision about an objective (or one of its key results) needs to know: its level, owners, and the
/// teams of its owning person and of the key result's owner.
/// </summary>
/// <param name="Level">The objective's level.</param>
/// <param name="OwnerPersonId">The owning person, for personal objectives.</param>
/// <param name="OwnerTeamIds">The owning teams, for team objectives.</param>
/// <param name="OwnerPersonTeamIds">Teams the owning person belongs to (empty for team objectives).</param>
/// <param name="Status">Where the objective is in its workflow; a draft or proposal is still its proposers' to edit.</param>
public sealed record OkrScope(
    ObjectiveLevel Level, Guid? OwnerPersonId, IReadOnlyCollection<Guid> OwnerTeamIds, IReadOnlyCollection<Guid> OwnerPersonTeamIds,
    ObjectiveStatus Status = ObjectiveStatus.Active)
{
    /// <summary>True when <paramref name="actor"/> leads a team that owns the objective, or a team its owner belongs to.</summary>
    public bool IsLedBy(Actor actor) =>
        OwnerTeamIds.Any(actor.LedTeams.Contains) || OwnerPersonTeamIds.Any(actor.LedTeams.Contains);
}

using Okra.Domain.Objectives;

namespace Okra.Objectives;

/// <summary>
/// The body of a create or update. Owners: <c>ownerPersonId</c> for a personal objective, <c>ownerTeamIds</c> for a
/// team (shared when several) objective. Alignment: <c>parentObjectiveId</c> or <c>parentKeyResultId</c>.
/// Updates must carry the <c>version</c> they were based on.
/// </summary>
public sealed record ObjectiveRequest(
    Guid? CycleId, string? Title, string? Description, ObjectiveLevel? Level, ObjectiveType? Type,
    Guid? OwnerPersonId, IReadOnlyList<Guid>? OwnerTeamIds, Guid? ParentObjectiveId, Guid? ParentKeyResultId, int? Version);

/// <summary>Moves an objective along draft → proposed → active → closed, or to archived.</summary>
public sealed record StatusRequest(ObjectiveStatus? Status, int? Version, string? Reason);

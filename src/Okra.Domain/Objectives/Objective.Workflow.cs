using Okra.Domain.Common;

namespace Okra.Domain.Objectives;

public sealed partial class Objective
{
    private static readonly Dictionary<ObjectiveStatus, ObjectiveStatus[]> Allowed = new()
    {
        [ObjectiveStatus.Draft] = [ObjectiveStatus.Proposed, ObjectiveStatus.Active, ObjectiveStatus.Archived],
        [ObjectiveStatus.Proposed] = [ObjectiveStatus.Draft, ObjectiveStatus.Active, ObjectiveStatus.Archived],
        [ObjectiveStatus.Active] = [ObjectiveStatus.Closed, ObjectiveStatus.Archived],
        [ObjectiveStatus.Closed] = [ObjectiveStatus.Active, ObjectiveStatus.Archived],
        [ObjectiveStatus.Archived] = [],
    };

    /// <summary>The states the objective may move to from its current one.</summary>
    public IReadOnlyList<ObjectiveStatus> NextStatuses => Allowed[Status];

    /// <summary>
    /// Moves the objective along the workflow. Entering <see cref="ObjectiveStatus.Active"/> from draft or
    /// proposed records <paramref name="actorId"/> as the approver.
    /// </summary>
    public void MoveTo(ObjectiveStatus target, Guid? actorId, DateTimeOffset now)
    {
        Guard.Defined(target, "status");
        if (target == Status) return;
        if (!Allowed[Status].Contains(target))
            throw new DomainValidationException("status", $"cannot move from {Status} to {target}.");
        if (target == ObjectiveStatus.Active && Status is ObjectiveStatus.Draft or ObjectiveStatus.Proposed)
        {
            ApprovedById = actorId;
            ApprovedAt = now;
        }
        Status = target;
    }
}

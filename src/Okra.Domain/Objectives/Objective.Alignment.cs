using Okra.Domain.Common;
using Okra.Domain.Cycles;

namespace Okra.Domain.Objectives;

/// <summary>The parent an objective is to contribute to.</summary>
/// <param name="ObjectiveId">The parent objective, or the objective that holds <paramref name="KeyResultId"/>.</param>
/// <param name="KeyResultId">The parent key result, when aligning to a key result.</param>
/// <param name="Cycle">The parent's cycle, which must contain the child's (a quarter under a year, or the same).</param>
public sealed record AlignmentTarget(Guid ObjectiveId, Guid? KeyResultId, DateRange Cycle);

public sealed partial class Objective
{
    /// <summary>
    /// Aligns the objective to a parent objective or key result, or removes the alignment with null.
    /// Refuses a parent whose cycle does not contain <paramref name="ownCycle"/>, and a loop, found by walking
    /// <paramref name="parentOf"/> (each objective's current parent objective) up from the new parent.
    /// </summary>
    public void AlignTo(AlignmentTarget? parent, DateRange ownCycle, Func<Guid, Guid?> parentOf)
    {
        var field = parent?.KeyResultId is null ? "parentObjectiveId" : "parentKeyResultId";
        if (parent is not null)
        {
            if (!parent.Cycle.Contains(ownCycle))
                throw new DomainValidationException(field, "belongs to a cycle that does not contain this objective's cycle.");
            if (Chain.Reaches(Id, parent.ObjectiveId, parentOf))
                throw new DomainValidationException(field, "would make an alignment loop.");
        }
        ParentObjectiveId = parent?.ObjectiveId;
        ParentKeyResultId = parent?.KeyResultId;
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Cycles;
using Okra.Domain.Objectives;

namespace Okra.Objectives;

/// <summary>Resolves the requested parent and aligns an objective, refusing unknown parents, loops and wrong cycles.</summary>
internal static class ObjectiveAlignment
{
    public static async Task<ValidationProblem?> AlignAsync(
        Objective objective, Guid? parentObjectiveId, Guid? parentKeyResultId, DateRange ownCycle, OkraDbContext db, CancellationToken ct)
    {
        if (parentObjectiveId is not null && parentKeyResultId is not null)
            return Problems.Invalid("parentKeyResultId", "Give a parent objective or a parent key result, not both.");
        AlignmentTarget? target = null;
        if (parentKeyResultId is { } keyResultId)
        {
            var objectiveId = await db.KeyResults.Where(k => k.Id == keyResultId).Select(k => (Guid?)k.ObjectiveId).FirstOrDefaultAsync(ct);
            if (objectiveId is null) return Problems.Invalid("parentKeyResultId", $"There is no key result with id {keyResultId}.");
            target = await TargetAsync(objectiveId.Value, keyResultId, db, ct);
        }
        else if (parentObjectiveId is { } objectiveId)
        {
            target = await TargetAsync(objectiveId, null, db, ct);
            if (target is null) return Problems.Invalid("parentObjectiveId", $"There is no objective with id {objectiveId}.");
        }
        var parents = await db.Objectives.AsNoTracking().Where(o => o.ParentObjectiveId != null)
            .ToDictionaryAsync(o => o.Id, o => o.ParentObjectiveId, ct);
        objective.AlignTo(target, ownCycle, id => parents.GetValueOrDefault(id));
        return null;
    }

    private static async Task<AlignmentTarget?> TargetAsync(Guid objectiveId, Guid? keyResultId, OkraDbContext db, CancellationToken ct)
    {
        var parent = await db.Objectives.AsNoTracking().Where(o => o.Id == objectiveId)
            .Join(db.Cycles, o => o.CycleId, c => c.Id, (o, c) => new { c.StartDate, c.EndDate })
            .FirstOrDefaultAsync(ct);
        return parent is null ? null : new AlignmentTarget(objectiveId, keyResultId, new DateRange(parent.StartDate, parent.EndDate));
    }
}

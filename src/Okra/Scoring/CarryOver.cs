using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Hosting;
using Okra.Objectives;
using Okra.Security;

namespace Okra.Scoring;

public static class CarryOver
{
    /// <summary>
    /// Copies an objective and its active key results into a later cycle as a draft linked back to the original (which may
    /// belong to a closed cycle: it is only read). The caller must be allowed to create an objective with the same owners.
    /// </summary>
    public static async Task<Results<Created<ObjectiveDetailResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, CarryOverRequest request, OkraDbContext db, OkrAccess access, ObjectiveDetails details, Today today, CancellationToken ct)
    {
        if (await db.Objectives.AsNoTracking().Include(o => o.OwnerTeams).FirstOrDefaultAsync(o => o.Id == id, ct) is not { } objective)
            return Problems.NotFound("Objective", id);
        if (await access.CreateObjectiveAsync(objective.Level, objective.OwnerPersonId, [.. objective.OwnerTeams.Select(t => t.TeamId)], ct) is { } forbidden)
            return forbidden;
        if (request.CycleId is not { } cycleId) return Problems.Invalid("cycleId", "is required.");
        if (await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId, ct) is not { } target)
            return Problems.Invalid("cycleId", $"There is no cycle with id {cycleId}.");
        var source = await db.Cycles.AsNoTracking().FirstAsync(c => c.Id == objective.CycleId, ct);
        if (target.StartDate <= source.StartDate) return Problems.Invalid("cycleId", "must start after the objective's own cycle.");
        if (target.IsClosed) return Problems.Invalid("cycleId", "The cycle is closed: its objectives, key results and check-ins are read-only.");

        var copy = objective.CarryOverTo(cycleId, today.Now);
        db.Objectives.Add(copy);
        var keyResults = await db.KeyResults.AsNoTracking().Where(k => k.ObjectiveId == id && k.State == KeyResultState.Active).ToListAsync(ct);
        db.KeyResults.AddRange(keyResults.OrderBy(k => k.CreatedAt).Select((k, i) => k.CopyTo(copy.Id, today.Now.AddTicks(i))));
        db.Audit.Reason = $"Carried over from {source.Name}";
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/objectives/{copy.Id}", (await details.ReadAsync(copy.Id, ct))!);
    }
}

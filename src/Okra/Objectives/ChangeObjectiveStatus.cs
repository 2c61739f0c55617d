using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Objectives;
using Okra.Hosting;

namespace Okra.Objectives;

public static class ChangeObjectiveStatus
{
    public static async Task<Results<Ok<ObjectiveDetailResponse>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>>> Handle(
        Guid id, StatusRequest request, OkraDbContext db, Today today, ObjectiveDetails details, CancellationToken ct)
    {
        if (await db.Objectives.FirstOrDefaultAsync(o => o.Id == id, ct) is not { } objective) return Problems.NotFound("Objective", id);
        if (request.Status is not { } status) return Problems.Invalid("status", "is required.");
        if (request.Version is not { } version) return Problems.Invalid("version", "is required: send the version you based your change on.");
        if (version != objective.Version) return await details.StaleAsync(id, version, ct);
        if (request.ActorId is { } actor && !await db.People.AnyAsync(p => p.Id == actor, ct))
            return Problems.Invalid("actorId", $"There is no person with id {actor}.");
        objective.MoveTo(status, request.ActorId, today.Now);
        db.Audit.Reason = request.Reason;
        db.ExpectVersion(objective, version);
        if (!await db.TrySaveAsync(ct)) return await details.StaleAsync(id, version, ct);
        return TypedResults.Ok((await details.ReadAsync(id, ct))!);
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>>> Archive(Guid id, OkraDbContext db, Today today, CancellationToken ct)
    {
        if (await db.Objectives.FirstOrDefaultAsync(o => o.Id == id, ct) is not { } objective) return Problems.NotFound("Objective", id);
        objective.MoveTo(ObjectiveStatus.Archived, null, today.Now);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Objectives;
using Okra.Hosting;
using Okra.Security;

namespace Okra.Objectives;

public static class ChangeObjectiveStatus
{
    public static async Task<Results<Ok<ObjectiveDetailResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, StatusRequest request, OkraDbContext db, Today today, ObjectiveDetails details, OkrAccess access, CancellationToken ct)
    {
        if (await db.Objectives.FirstOrDefaultAsync(o => o.Id == id, ct) is not { } objective) return Problems.NotFound("Objective", id);
        if (request.Status is not { } status) return Problems.Invalid("status", "is required.");
        if (await access.MoveObjectiveAsync(objective, status, ct) is { } forbidden) return forbidden;
        if (request.Version is not { } version) return Problems.Invalid("version", "is required: send the version you based your change on.");
        if (version != objective.Version) return await details.StaleAsync(id, version, ct);
        objective.MoveTo(status, await access.PersonIdAsync(ct), today.Now);
        db.Audit.Reason = request.Reason;
        db.ExpectVersion(objective, version);
        if (!await db.TrySaveAsync(ct)) return await details.StaleAsync(id, version, ct);
        return TypedResults.Ok((await details.ReadAsync(id, ct))!);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Archive(Guid id, OkraDbContext db, Today today, OkrAccess access, CancellationToken ct)
    {
        if (await db.Objectives.FirstOrDefaultAsync(o => o.Id == id, ct) is not { } objective) return Problems.NotFound("Objective", id);
        if (await access.MoveObjectiveAsync(objective, ObjectiveStatus.Archived, ct) is { } forbidden) return forbidden;
        objective.MoveTo(ObjectiveStatus.Archived, await access.PersonIdAsync(ct), today.Now);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

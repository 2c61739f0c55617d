using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Security;

namespace Okra.KeyResults;

public static class ArchiveKeyResult
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid id, OkraDbContext db, OkrAccess access, CancellationToken ct, string? reason = null)
    {
        if (await db.KeyResults.FindAsync([id], ct) is not { } keyResult) return Problems.NotFound("Key result", id);
        // Retiring a key result changes its objective: the objective's editors decide, not the key result's owner alone.
        var objective = await db.Objectives.AsNoTracking().FirstAsync(o => o.Id == keyResult.ObjectiveId, ct);
        if (await access.EditObjectiveAsync(objective, ct) is { } forbidden) return forbidden;
        keyResult.Archive();
        db.Audit.Reason = reason;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<KeyResultDetailResponse>, ProblemHttpResult>> OverrideScore(
        Guid id, ScoreRequest request, OkraDbContext db, KeyResultDetails details, OkrAccess access, CancellationToken ct)
    {
        if (await db.KeyResults.FindAsync([id], ct) is not { } keyResult) return Problems.NotFound("Key result", id);
        if (await access.EditKeyResultAsync(keyResult, ct) is { } forbidden) return forbidden;
        keyResult.OverrideScore(request.Score, request.Reason);
        db.Audit.Reason = request.Reason;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await details.ReadAsync(id, ct))!);
    }
}

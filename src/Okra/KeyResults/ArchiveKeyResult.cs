using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Okra.Api;
using Okra.Data;

namespace Okra.KeyResults;

public static class ArchiveKeyResult
{
    public static async Task<Results<NoContent, NotFound<ProblemDetails>>> Handle(Guid id, OkraDbContext db, CancellationToken ct, string? reason = null)
    {
        if (await db.KeyResults.FindAsync([id], ct) is not { } keyResult) return Problems.NotFound("Key result", id);
        keyResult.Archive();
        db.Audit.Reason = reason;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<KeyResultDetailResponse>, NotFound<ProblemDetails>>> OverrideScore(
        Guid id, ScoreRequest request, OkraDbContext db, KeyResultDetails details, CancellationToken ct)
    {
        if (await db.KeyResults.FindAsync([id], ct) is not { } keyResult) return Problems.NotFound("Key result", id);
        keyResult.OverrideScore(request.Score, request.Reason);
        db.Audit.Reason = request.Reason;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await details.ReadAsync(id, ct))!);
    }
}

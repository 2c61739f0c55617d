using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Common;
using Okra.Security;

namespace Okra.CheckIns;

public static class CorrectCheckIn
{
    public static async Task<Results<Ok<CheckInResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, CorrectionRequest request, OkraDbContext db, OkrAccess access, CancellationToken ct)
    {
        if (await db.CheckIns.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } checkIn) return Problems.NotFound("Check-in", id);
        if (await access.CheckInAsync(await access.KeyResultAsync(checkIn.KeyResultId, ct), ct) is { } forbidden) return forbidden;
        if (request.Confidence is not { } confidence) return Problems.Invalid("confidence", "is required: 0 (no chance) to 10 (certain).");
        var reason = Guard.Text(request.Reason, "reason", 1000);
        var keyResult = await db.KeyResults.AsNoTracking().FirstAsync(k => k.Id == checkIn.KeyResultId, ct);
        keyResult.Correct(checkIn, request.Value, confidence, request.Comment, request.Blockers, await ChecklistProgress.OfAsync(keyResult, db, ct));
        db.Audit.Reason = reason;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CheckInResponse.From(checkIn));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Retract(Guid id, OkraDbContext db, OkrAccess access, CancellationToken ct, string? reason = null)
    {
        if (await db.CheckIns.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } checkIn) return Problems.NotFound("Check-in", id);
        if (await access.CheckInAsync(await access.KeyResultAsync(checkIn.KeyResultId, ct), ct) is { } forbidden) return forbidden;
        checkIn.Retract();
        db.Audit.Reason = reason;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Hosting;
using Okra.KeyResults;
using Okra.Notifications;
using Okra.Security;

namespace Okra.CheckIns;

public sealed record CheckInCreatedResponse(CheckInResponse CheckIn, KeyResultDetailResponse KeyResult);

public static class CreateCheckIn
{
    public static async Task<Results<Created<CheckInCreatedResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, CheckInRequest request, OkraDbContext db, Today today, KeyResultDetails details, OkrAccess access,
        INotificationPublisher events, CancellationToken ct)
    {
        if (await db.KeyResults.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct) is not { } keyResult) return Problems.NotFound("Key result", id);
        if (await access.CheckInAsync(keyResult, ct) is { } forbidden) return forbidden;
        if (request.Confidence is not { } confidence) return Problems.Invalid("confidence", "is required: 0 (no chance) to 10 (certain).");
        var cycle = await db.Objectives.Where(o => o.Id == keyResult.ObjectiveId)
            .Join(db.Cycles, o => o.CycleId, c => c.Id, (o, c) => c).AsNoTracking().FirstAsync(ct);

        var checkIn = keyResult.CheckIn(request.Date ?? today.Date, request.Value, confidence, request.Comment, request.Blockers,
            await access.PersonIdAsync(ct), cycle.Dates, today.Date, today.Now, await ChecklistProgress.OfAsync(keyResult, db, ct));
        var before = (await details.ReadAsync(id, ct))!.KeyResult.Status;
        // The check-in and its announcements (outbox rows, never a call to a receiver) commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.CheckIns.Add(checkIn);
        await db.SaveChangesAsync(ct);
        var after = (await details.ReadAsync(id, ct))!;
        await CheckInEvents.PublishAsync(events, db, checkIn, keyResult, before, after.KeyResult.Status, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Created($"/api/v1/check-ins/{checkIn.Id}", new CheckInCreatedResponse(CheckInResponse.From(checkIn), after));
    }
}

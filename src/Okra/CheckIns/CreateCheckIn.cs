using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Hosting;
using Okra.KeyResults;
using Okra.Notifications;
using Okra.Security;
using Okra.Tree;

namespace Okra.CheckIns;

public sealed record CheckInCreatedResponse(CheckInResponse CheckIn, KeyResultDetailResponse KeyResult);

public static class CreateCheckIn
{
    public static async Task<Results<Created<CheckInCreatedResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, CheckInRequest request, OkraDbContext db, Today today, KeyResultDetails details, SnapshotReader reader, OkrAccess access,
        INotificationPublisher events, CancellationToken ct)
    {
        if (await reader.FindKeyResultAsync(id, ct) is not { } found) return Problems.NotFound("Key result", id);
        var keyResult = found.KeyResult;
        if (await access.CheckInAsync(keyResult, found.Objective, ct) is { } forbidden) return forbidden;
        if (request.Confidence is not { } confidence) return Problems.Invalid("confidence", "is required: 0 (no chance) to 10 (certain).");
        var before = await reader.ReadKeyResultAsync(found, ct);

        var (author, knownAuthorName) = await access.PersonAsync(ct);
        var checkIn = keyResult.CheckIn(request.Date ?? today.Date, request.Value, confidence, request.Comment, request.Blockers,
            author, before.Cycle.Dates, today.Date, today.Now, ChecklistProgress.Of(keyResult, before.Checklist));
        // The status after is computed from the check-ins just read plus this one, not read again: the check-in and its
        // announcements (outbox rows, never a call to a receiver) then commit in one SaveChanges, together or not at all.
        // The owner's name came with the key result and a token's person's with the token; the announcements need the author's.
        var (after, names) = await details.ResponseAsync(found, before.After(checkIn), author, knownAuthorName, ct);
        var authorName = names.People.GetValueOrDefault(author, "");
        await CheckInEvents.PublishAsync(events, authorName, checkIn, keyResult, before.Evaluation.Status, after.KeyResult.Status, ct);
        await Recognition.Awards.KeyResultAsync(db, events, keyResult, after.KeyResult.Status, before.Cycle.Id, today.Now, ct, found.Awarded);
        // The cycle came with the key result: the save's guard against closed cycles need not read it again.
        if (found.Cycle.ClosedAt is null) db.ReadInOpenCycle(keyResult.Id);
        db.CheckIns.Add(checkIn);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/check-ins/{checkIn.Id}", new CheckInCreatedResponse(CheckInResponse.From(checkIn), after));
    }
}

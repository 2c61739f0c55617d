using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Feedback;
using Okra.Hosting;

namespace Okra.Feedback;

public static class GiveFeedback
{
    /// <summary>Writes a private note to a person; anyone who may write gives feedback, leads and peers alike.</summary>
    public static async Task<Results<Created<FeedbackResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        FeedbackRequest request, OkraDbContext db, OneOnOneAccess access, Today today, CancellationToken ct)
    {
        var actor = await access.ActorAsync(ct);
        if (!actor.CanWrite || actor.PersonId == Guid.Empty) return Problems.Forbidden("A read-only account gives no feedback.");
        if (request.PersonId is not { } personId) return Problems.Invalid("personId", "is required.");
        if (!await db.People.AnyAsync(p => p.Id == personId, ct)) return Problems.Invalid("personId", $"There is no person with id {personId}.");
        if (request.KeyResultId is { } keyResultId && !await db.KeyResults.AnyAsync(k => k.Id == keyResultId, ct))
            return Problems.Invalid("keyResultId", $"There is no key result with id {keyResultId}.");
        if (request.DevelopmentAreaId is { } areaId && !await db.DevelopmentAreas.AnyAsync(a => a.Id == areaId && a.PersonId == personId, ct))
            return Problems.Invalid("developmentAreaId", "is not a development area of this person.");
        var note = new FeedbackNote(actor.PersonId, personId, request.Body ?? "", request.KeyResultId, request.DevelopmentAreaId, today.Now);
        db.FeedbackNotes.Add(note);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/feedback/{note.Id}", (await FeedbackReader.ReadAsync(db, actor, ct, id: note.Id)).Single());
    }
}

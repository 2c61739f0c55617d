using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;

namespace Okra.Feedback;

public static class ReadFeedback
{
    /// <summary>One note; 404 to anyone but its two people and admins, so that its existence does not leak.</summary>
    public static async Task<Results<Ok<FeedbackResponse>, ProblemHttpResult>> One(Guid id, OkraDbContext db, OneOnOneAccess access, CancellationToken ct) =>
        (await FeedbackReader.ReadAsync(db, await access.ActorAsync(ct), ct, id: id)).SingleOrDefault() is { } note
            ? TypedResults.Ok(note)
            : Problems.NotFound("Feedback note", id);

    /// <summary>The notes about a person the caller may see: all of them for the person and admins, their own for anyone else.</summary>
    public static async Task<Results<Ok<List<FeedbackResponse>>, ProblemHttpResult>> AboutPerson(Guid id, OkraDbContext db, OneOnOneAccess access, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == id, ct)) return Problems.NotFound("Person", id);
        return TypedResults.Ok(await FeedbackReader.ReadAsync(db, await access.ActorAsync(ct), ct, subjectPersonId: id));
    }

    /// <summary>Removes a note: its author or an admin; the subject gets 403, anyone else 404.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, OkraDbContext db, OneOnOneAccess access, CancellationToken ct)
    {
        var actor = await access.ActorAsync(ct);
        if (await db.FeedbackNotes.FirstOrDefaultAsync(n => n.Id == id, ct) is not { } note || !note.IsVisibleTo(actor))
            return Problems.NotFound("Feedback note", id);
        if (!actor.CanWrite || (!actor.IsAdmin && note.AuthorPersonId != actor.PersonId))
            return Problems.Forbidden("Only the author of a feedback note or an admin may remove it.");
        db.FeedbackNotes.Remove(note);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

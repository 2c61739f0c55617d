using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Access;

namespace Okra.Feedback;

/// <summary>Reads feedback notes with names, only ever those the actor may see.</summary>
public static class FeedbackReader
{
    /// <summary>
    /// The notes about <paramref name="subjectPersonId"/> (or one note by id) that <paramref name="actor"/> may see, newest
    /// first. The visibility rule is applied in the query, so a note nobody may see never leaves the database.
    /// </summary>
    public static async Task<List<FeedbackResponse>> ReadAsync(OkraDbContext db, Actor actor, CancellationToken ct, Guid? subjectPersonId = null, Guid? id = null)
    {
        var notes = db.FeedbackNotes.AsNoTracking();
        if (!actor.IsAdmin) notes = notes.Where(n => n.AuthorPersonId == actor.PersonId || n.SubjectPersonId == actor.PersonId);
        if (subjectPersonId is { } subject) notes = notes.Where(n => n.SubjectPersonId == subject);
        if (id is { } one) notes = notes.Where(n => n.Id == one);
        var rows = await notes
            .Join(db.People, n => n.AuthorPersonId, p => p.Id, (n, a) => new { n, Author = a.Name })
            .Join(db.People, x => x.n.SubjectPersonId, p => p.Id, (x, s) => new { x.n, x.Author, Subject = s.Name })
            .GroupJoin(db.KeyResults, x => x.n.KeyResultId, k => k.Id, (x, k) => new { x, k })
            .SelectMany(x => x.k.DefaultIfEmpty(), (x, k) => new FeedbackResponse(
                x.x.n.Id, x.x.n.AuthorPersonId, x.x.Author, x.x.n.SubjectPersonId, x.x.Subject, x.x.n.Body,
                x.x.n.KeyResultId, k == null ? null : k.Title, x.x.n.DevelopmentAreaId, x.x.n.CreatedAt))
            .ToListAsync(ct);
        // Sorted in memory: SQLite cannot order by a DateTimeOffset column.
        return [.. rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)];
    }
}

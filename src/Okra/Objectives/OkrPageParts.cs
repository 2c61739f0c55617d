using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Okra.Audit;
using Okra.Comments;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Security;

namespace Okra.Objectives;

/// <summary>What the signed-in person may do with comments on a page: write, and remove which ones.</summary>
public sealed record CommentRights(Guid ViewerId, bool CanComment, bool IsAdmin)
{
    public bool CanDelete(CommentResponse comment) => CanComment && (IsAdmin || comment.AuthorPersonId == ViewerId);

    public static CommentRights Of(Actor actor) => new(actor.PersonId, AccessRules.CanComment(actor), actor.IsAdmin);
}

/// <summary>One change of the audit trail, with the actor's name when the e-mail belongs to a person.</summary>
/// <summary>
/// One audit entry as a page shows it: the actor's name, and the old and new values with ids (owners, approvers, parents,
/// teams) replaced by the names they stand for.
/// </summary>
public sealed record AuditLine(AuditEntryResponse Entry, string ActorName, string? OldValue, string? NewValue);

/// <summary>The reads the objective and key-result pages share: comments, audit trails and the acting person.</summary>
public sealed class OkrPageParts(OkraDbContext db, CallerPrincipal caller, CurrentActor current)
{
    /// <summary>The circuit's user acts in this scope, so that the access rules judge them and not an anonymous caller.</summary>
    public Task<Actor> ActorAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        caller.ActAs(user);
        return current.GetAsync(ct);
    }

    /// <summary>Comments on an objective or a key result, oldest first, with their Markdown rendered and sanitized.</summary>
    public async Task<IReadOnlyList<CommentResponse>> CommentsAsync(Guid? objectiveId, Guid? keyResultId, CancellationToken ct)
    {
        var rows = await db.Comments.AsNoTracking()
            .Where(c => !c.IsDeleted && (objectiveId != null ? c.ObjectiveId == objectiveId : c.KeyResultId == keyResultId))
            .Join(db.People, c => c.AuthorPersonId, p => p.Id, (c, p) => new { c, p.Name })
            .ToListAsync(ct);
        return rows.OrderBy(x => x.c.CreatedAt).ThenBy(x => x.c.Id)
            .Select(x => new CommentResponse(x.c.Id, x.c.ObjectiveId, x.c.KeyResultId, x.c.AuthorPersonId, x.Name, x.c.Body,
                Markdown.ToSafeHtml(x.c.Body), x.c.CreatedAt))
            .ToList();
    }

    /// <summary>Audit entries as the audit API answers them, each with the name of whoever made the change.</summary>
    public async Task<IReadOnlyList<AuditLine>> AuditAsync(IReadOnlyList<AuditEntryResponse> entries, CancellationToken ct)
    {
        var emails = entries.Select(e => e.Actor).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => emails.Contains(p.Email)).ToDictionaryAsync(p => p.Email, p => p.Name, ct);
        var ids = entries.SelectMany(e => IdsIn(e.OldValue).Concat(IdsIn(e.NewValue))).Distinct().ToList();
        var titles = new Dictionary<Guid, string>();
        if (ids.Count > 0)
        {
            IEnumerable<KeyValuePair<Guid, string>>[] named =
            [
                await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct),
                await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct),
                await db.Objectives.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Title, ct),
                await db.KeyResults.AsNoTracking().Where(k => ids.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Title, ct),
            ];
            foreach (var (id, name) in named.SelectMany(pairs => pairs)) titles[id] = name;
        }
        return entries.Select(e => new AuditLine(e, names.GetValueOrDefault(e.Actor, e.Actor), Named(e.OldValue, titles), Named(e.NewValue, titles))).ToList();
    }

    /// <summary>The ids a recorded value holds: one id, or a comma-separated list of them (an objective's teams).</summary>
    private static IEnumerable<Guid> IdsIn(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.TrimEntries).Select(part => Guid.TryParse(part, out var id) ? id : (Guid?)null).OfType<Guid>();

    private static string? Named(string? value, IReadOnlyDictionary<Guid, string> titles) =>
        value is null || !IdsIn(value).Any() ? value
            : string.Join(", ", value.Split(',', StringSplitOptions.TrimEntries).Select(part => Guid.TryParse(part, out var id) ? titles.GetValueOrDefault(id, part) : part));

    /// <summary>Names of people by id, for owners, approvers and check-in authors.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> PeopleAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }
}

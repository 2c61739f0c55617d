using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Audit;
using Okra.CheckIns;
using Okra.Comments;
using Okra.Cycles;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.Initiatives;
using Okra.Hosting;
using Okra.Initiatives;
using Okra.Objectives;
using Okra.Security;

namespace Okra.KeyResults;

/// <summary>A check-in as its history shows it: with the author's name and whether it was corrected later.</summary>
public sealed record CheckInLine(CheckInResponse CheckIn, string? AuthorName, bool Corrected);

/// <summary>Everything the key-result page shows, with what the signed-in person may do there.</summary>
public sealed record KeyResultPageView(
    KeyResultDetailResponse Detail, AncestorResponse Objective, IReadOnlyList<AncestorResponse> Ancestors, IReadOnlyDictionary<Guid, string> KeyResultTitles,
    CycleResponse Cycle, DateOnly Today, IReadOnlyList<CheckInLine> CheckIns, IReadOnlyList<InitiativeResponse> Initiatives,
    IReadOnlyList<CommentResponse> Comments, IReadOnlyList<AuditLine> Audit, KeyResultRights Rights, CommentRights CommentRights)
{
    public Tree.KeyResultProgressResponse KeyResult => Detail.KeyResult;
}

/// <summary>
/// Reads the key-result page: the key result evaluated as the API answers it (<see cref="KeyResultDetails"/>), its
/// objective's chain up to the company, its check-ins with authors, initiatives, comments and audit trail, and the access
/// rules applied to the signed-in person.
/// </summary>
public sealed class KeyResultPageData(OkraDbContext db, KeyResultDetails details, ObjectiveDetails objectives, OkrPageParts parts, OkrScopes scopes, Today today)
{
    public async Task<KeyResultPageView?> ReadAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await details.ReadAsync(id, ct) is not { } detail) return null;
        var actor = await parts.ActorAsync(user, ct);
        var keyResult = await db.KeyResults.AsNoTracking().FirstAsync(k => k.Id == id, ct);
        var objective = await db.Objectives.AsNoTracking().FirstAsync(o => o.Id == keyResult.ObjectiveId, ct);
        var scope = await scopes.OfAsync(objective, ct);
        var ownerTeams = await scopes.TeamsOfAsync(keyResult.OwnerPersonId, ct);
        var rights = new KeyResultRights(
            AccessRules.CanEditKeyResult(actor, scope, keyResult.OwnerPersonId),
            AccessRules.CanCheckIn(actor, scope, keyResult.OwnerPersonId, ownerTeams));
        var cycle = CycleResponse.From(await db.Cycles.AsNoTracking().FirstAsync(c => c.Id == objective.CycleId, ct));

        var ancestors = (await objectives.ReadAsync(objective.Id, ct))!.Ancestors;
        var viaIds = ancestors.Select(a => a.ViaKeyResultId).OfType<Guid>().ToList();
        var titles = await db.KeyResults.AsNoTracking().Where(k => viaIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Title, ct);

        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.KeyResultId == id).ToListAsync(ct);
        var checkInIds = checkIns.Select(c => c.Id).ToList();
        var corrected = (await db.AuditEntries.AsNoTracking().Where(a => checkInIds.Contains(a.EntityId) && a.Field != "IsRetracted")
            .Select(a => a.EntityId).Distinct().ToListAsync(ct)).ToHashSet();
        var authors = await parts.PeopleAsync(checkIns.Select(c => c.AuthorId).OfType<Guid>(), ct);
        var lines = checkIns.OrderByDescending(c => c.Date).ThenByDescending(c => c.CreatedAt)
            .Select(c => new CheckInLine(CheckInResponse.From(c), c.AuthorId is { } a ? authors.GetValueOrDefault(a) : null, corrected.Contains(c.Id)))
            .ToList();
        var initiatives = (await db.Initiatives.AsNoTracking().Where(i => i.KeyResultId == id && i.Status != InitiativeStatus.Archived)
            .OrderBy(i => i.Id).ToListAsync(ct)).Select(InitiativeResponse.From).ToList();
        var audit = (await AuditTrail.ForKeyResult(id, db, ct)).Result is Ok<List<AuditEntryResponse>> ok ? ok.Value! : [];

        return new KeyResultPageView(detail, new AncestorResponse(objective.Id, objective.Title, objective.Level, null), ancestors, titles,
            cycle, today.Date, lines, initiatives, await parts.CommentsAsync(null, id, ct), await parts.AuditAsync(audit, ct), rights, CommentRights.Of(actor));
    }
}

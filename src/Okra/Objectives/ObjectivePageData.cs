using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Audit;
using Okra.Comments;
using Okra.Cycles;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.Initiatives;
using Okra.Domain.Objectives;
using Okra.Hosting;
using Okra.Initiatives;
using Okra.Security;
using Okra.Tree;

namespace Okra.Objectives;

/// <summary>What the signed-in person may do with one key result.</summary>
public sealed record KeyResultRights(bool CanEdit, bool CanCheckIn);

/// <summary>Everything the objective page shows, with what the signed-in person may do there.</summary>
public sealed record ObjectivePageView(
    ObjectiveDetailResponse Detail, CycleResponse Cycle, DateOnly Today, string? ApprovedByName,
    IReadOnlyDictionary<Guid, string> KeyResultTitles, ILookup<Guid, InitiativeResponse> Initiatives,
    IReadOnlyList<CommentResponse> Comments, IReadOnlyList<AuditLine> Audit,
    bool CanEdit, IReadOnlyList<ObjectiveStatus> Moves, IReadOnlyDictionary<Guid, KeyResultRights> KeyResultRights, CommentRights CommentRights)
{
    public ObjectiveNodeResponse Objective => Detail.Objective;
}

/// <summary>
/// Reads the objective page in a fixed number of queries: the objective with its subtree's progress and ancestors
/// (<see cref="ObjectiveDetails"/>, as the API answers), its key results' initiatives, comments, audit trail, and the
/// access rules applied to the signed-in person so that the page shows only the controls they may use.
/// </summary>
public sealed class ObjectivePageData(OkraDbContext db, ObjectiveDetails details, OkrPageParts parts, OkrScopes scopes, Today today)
{
    public async Task<ObjectivePageView?> ReadAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await details.ReadAsync(id, ct) is not { } detail) return null;
        var actor = await parts.ActorAsync(user, ct);
        var objective = await db.Objectives.AsNoTracking().FirstAsync(o => o.Id == id, ct);
        var scope = await scopes.OfAsync(objective, ct);
        var node = detail.Objective;
        var cycle = CycleResponse.From(await db.Cycles.AsNoTracking().FirstAsync(c => c.Id == node.CycleId, ct));

        var keyResultIds = node.KeyResults.Select(k => k.Id).ToList();
        var initiatives = (await db.Initiatives.AsNoTracking()
                .Where(i => keyResultIds.Contains(i.KeyResultId) && i.Status != InitiativeStatus.Archived).OrderBy(i => i.Id).ToListAsync(ct))
            .Select(InitiativeResponse.From).ToLookup(i => i.KeyResultId);
        var viaIds = detail.Ancestors.Select(a => a.ViaKeyResultId).Append(node.ParentKeyResultId).OfType<Guid>().ToList();
        var titles = await db.KeyResults.AsNoTracking().Where(k => viaIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Title, ct);
        var owners = node.KeyResults.Select(k => k.OwnerPersonId).Distinct().ToList();
        var ownerTeams = (await db.TeamMembers.AsNoTracking().Where(m => owners.Contains(m.PersonId)).Select(m => new { m.PersonId, m.TeamId }).ToListAsync(ct))
            .ToLookup(m => m.PersonId, m => m.TeamId);
        var rights = node.KeyResults.ToDictionary(k => k.Id, k => new KeyResultRights(
            AccessRules.CanEditKeyResult(actor, scope, k.OwnerPersonId),
            AccessRules.CanCheckIn(actor, scope, k.OwnerPersonId, ownerTeams[k.OwnerPersonId].ToList())));
        var approver = detail.ApprovedById is { } approverId ? (await parts.PeopleAsync([approverId], ct)).GetValueOrDefault(approverId) : null;
        var audit = (await AuditTrail.ForObjective(id, db, ct)).Result is Ok<List<AuditEntryResponse>> ok ? ok.Value! : [];

        return new ObjectivePageView(detail, cycle, today.Date, approver, titles, initiatives,
            await parts.CommentsAsync(id, null, ct), await parts.AuditAsync(audit, ct),
            AccessRules.CanEditObjective(actor, scope),
            detail.NextStatuses.Where(s => AccessRules.CanMoveObjective(actor, scope, s)).ToList(),
            rights, CommentRights.Of(actor));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;

namespace Okra.Security;

/// <summary>
/// The access rules of <see cref="AccessRules"/> applied to the signed-in actor: each check answers null when the
/// change is allowed, or the 403 to return.
/// </summary>
public sealed class OkrAccess(CurrentActor current, OkrScopes scopes, OkraDbContext db)
{
    public async Task<ProblemHttpResult?> CreateObjectiveAsync(ObjectiveLevel level, Guid? ownerPersonId, IReadOnlyCollection<Guid> ownerTeamIds, CancellationToken ct) =>
        AccessRules.CanCreateObjective(await current.GetAsync(ct), await scopes.OfAsync(level, ownerPersonId, ownerTeamIds, ct))
            ? null
            : Problems.Forbidden("You may create personal objectives for yourself and propose objectives for your own teams; company objectives are for admins.");

    public async Task<ProblemHttpResult?> EditObjectiveAsync(Objective objective, CancellationToken ct) =>
        AccessRules.CanEditObjective(await current.GetAsync(ct), await scopes.OfAsync(objective, ct))
            ? null
            : Problems.Forbidden("Only a lead of the owning team, the owner of a personal objective, or an admin may change this objective and its key results.");

    public async Task<ProblemHttpResult?> MoveObjectiveAsync(Objective objective, ObjectiveStatus target, CancellationToken ct) =>
        AccessRules.CanMoveObjective(await current.GetAsync(ct), await scopes.OfAsync(objective, ct), target)
            ? null
            : Problems.Forbidden("Only a lead of the owning team or an admin may approve, close or archive this objective; its owners may propose it.");

    public async Task<ProblemHttpResult?> EditKeyResultAsync(KeyResult keyResult, CancellationToken ct) =>
        AccessRules.CanEditKeyResult(await current.GetAsync(ct), await scopes.OfKeyResultAsync(keyResult, ct), keyResult.OwnerPersonId)
            ? null
            : Problems.Forbidden("Only the key result's owner, a lead of its team, or an admin may change it.");

    public async Task<ProblemHttpResult?> CheckInAsync(KeyResult keyResult, CancellationToken ct) =>
        await CheckInAsync(keyResult, await scopes.ObjectiveOfAsync(keyResult, ct), ct);

    /// <summary>The check-in rule for <paramref name="keyResult"/> of <paramref name="objective"/>, which the caller has read.</summary>
    public async Task<ProblemHttpResult?> CheckInAsync(KeyResult keyResult, Objective objective, CancellationToken ct)
    {
        // Admins and owners, who make most check-ins, are let in on their account alone, without reading teams.
        var (person, role) = await current.AccountAsync(ct);
        if (AccessRules.IsAdminOrWritingOwner(role, person, keyResult.OwnerPersonId)) return null;
        var actor = await current.GetAsync(ct);
        var scope = await scopes.OfAsync(objective, ct);
        // The owner's teams matter only when the editing rule alone refuses (CanCheckIn is CanEditKeyResult or a lead of
        // the owner's team), and the scope has just read them when the key result's owner also owns its objective.
        if (AccessRules.CanEditKeyResult(actor, scope, keyResult.OwnerPersonId)) return null;
        var ownerTeams = scope.OwnerPersonId == keyResult.OwnerPersonId
            ? scope.OwnerPersonTeamIds
            : await scopes.TeamsOfAsync(keyResult.OwnerPersonId, ct);
        return AccessRules.CanCheckIn(actor, scope, keyResult.OwnerPersonId, ownerTeams)
            ? null
            : Problems.Forbidden("Only the key result's owner, a lead of its team, or an admin may check in on it.");
    }

    /// <summary>The key result that <paramref name="keyResultId"/> names, for a check of its rules.</summary>
    public Task<KeyResult> KeyResultAsync(Guid keyResultId, CancellationToken ct) =>
        db.KeyResults.AsNoTracking().FirstAsync(k => k.Id == keyResultId, ct);

    /// <summary>The acting person.</summary>
    public async Task<Guid> PersonIdAsync(CancellationToken ct) => (await current.AccountAsync(ct)).PersonId;

    /// <summary>The acting person, with their name when the request's authentication read it (an API token), else null.</summary>
    public async Task<(Guid Id, string? Name)> PersonAsync(CancellationToken ct) => ((await current.AccountAsync(ct)).PersonId, current.PersonName);
}

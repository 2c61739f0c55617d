using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;

namespace Okra.Security;

/// <summary>Loads what the access rules need to know about an objective or key result.</summary>
public sealed class OkrScopes(OkraDbContext db)
{
    private static readonly CompiledListQuery<Guid, Guid> OwnerTeamsOf =
        new((db, objective) => db.ObjectiveTeams.AsNoTracking().Where(t => t.ObjectiveId == objective).Select(t => t.TeamId));

    public async Task<OkrScope> OfAsync(ObjectiveLevel level, Guid? ownerPersonId, IReadOnlyCollection<Guid> ownerTeamIds, CancellationToken ct) =>
        new(level, ownerPersonId, ownerTeamIds, ownerPersonId is { } person ? await TeamsOfAsync(person, ct) : []);

    public async Task<OkrScope> OfAsync(Objective objective, CancellationToken ct)
    {
        var teams = await OwnerTeamsOf.ListAsync(db, objective.Id, ct);
        return await OfAsync(objective.Level, objective.OwnerPersonId, teams, ct) with { Status = objective.Status };
    }

    public async Task<OkrScope> OfKeyResultAsync(KeyResult keyResult, CancellationToken ct) =>
        await OfAsync(await ObjectiveOfAsync(keyResult, ct), ct);

    public Task<Objective> ObjectiveOfAsync(KeyResult keyResult, CancellationToken ct) =>
        db.Objectives.AsNoTracking().FirstAsync(o => o.Id == keyResult.ObjectiveId, ct);

    public async Task<IReadOnlyCollection<Guid>> TeamsOfAsync(Guid personId, CancellationToken ct) =>
        await db.TeamMembers.AsNoTracking().Where(m => m.PersonId == personId).Select(m => m.TeamId).ToListAsync(ct);
}

using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;

namespace Okra.Security;

/// <summary>Loads what the access rules need to know about an objective or key result.</summary>
public sealed class OkrScopes(OkraDbContext db)
{
    public async Task<OkrScope> OfAsync(ObjectiveLevel level, Guid? ownerPersonId, IReadOnlyCollection<Guid> ownerTeamIds, CancellationToken ct) =>
        new(level, ownerPersonId, ownerTeamIds, ownerPersonId is { } person ? await TeamsOfAsync(person, ct) : []);

    public async Task<OkrScope> OfAsync(Objective objective, CancellationToken ct)
    {
        var teams = await db.ObjectiveTeams.AsNoTracking().Where(t => t.ObjectiveId == objective.Id).Select(t => t.TeamId).ToListAsync(ct);
        return await OfAsync(objective.Level, objective.OwnerPersonId, teams, ct) with { Status = objective.Status };
    }

    public async Task<OkrScope> OfKeyResultAsync(KeyResult keyResult, CancellationToken ct) =>
        await OfAsync(await db.Objectives.AsNoTracking().FirstAsync(o => o.Id == keyResult.ObjectiveId, ct), ct);

    public async Task<IReadOnlyCollection<Guid>> TeamsOfAsync(Guid personId, CancellationToken ct) =>
        await db.TeamMembers.AsNoTracking().Where(m => m.PersonId == personId).Select(m => m.TeamId).ToListAsync(ct);
}

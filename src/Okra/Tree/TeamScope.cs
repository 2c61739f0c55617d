using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;

namespace Okra.Tree;

/// <summary>
/// Narrows a tree to what a team filter can show, in the database rather than after reading a whole cycle: the
/// objectives the team or its people own (or hold a key result of), their ancestors (a match is shown where it
/// belongs), and under every objective without active key results its children, down to those with key results
/// (its progress is their mean). The filter itself still runs on the evaluated snapshot, as for every other filter.
/// </summary>
internal static class TeamScope
{
    public static async Task<IQueryable<Objective>> NarrowAsync(OkraDbContext db, IQueryable<Objective> tree, Guid teamId, CancellationToken ct)
    {
        // Each branch is driven by an index from the team and its people, so the cycle's thousand objectives are not
        // each tested with sub-queries.
        var members = db.TeamMembers.Where(m => m.TeamId == teamId).Select(m => m.PersonId);
        var owned = db.ObjectiveTeams.Where(t => t.TeamId == teamId).Select(t => t.ObjectiveId)
            .Concat(db.Objectives.Where(o => o.OwnerPersonId != null && members.Contains(o.OwnerPersonId.Value)).Select(o => o.Id))
            .Concat(db.KeyResults.Where(k => members.Contains(k.OwnerPersonId)).Select(k => k.ObjectiveId));
        var ids = await tree.Where(o => owned.Contains(o.Id)).Select(o => new { o.Id, o.ParentObjectiveId }).ToListAsync(ct);
        var scope = ids.Select(o => o.Id).ToHashSet();

        // Up: each round reads the parents not yet in scope; a tree is a few levels deep.
        var parents = ids.Where(o => o.ParentObjectiveId is { } p && !scope.Contains(p)).Select(o => o.ParentObjectiveId!.Value).Distinct().ToList();
        while (parents.Count > 0)
        {
            var found = await tree.Where(o => parents.Contains(o.Id)).Select(o => new { o.Id, o.ParentObjectiveId }).ToListAsync(ct);
            scope.UnionWith(found.Select(o => o.Id));
            parents = found.Where(o => o.ParentObjectiveId is { } p && !scope.Contains(p)).Select(o => o.ParentObjectiveId!.Value).Distinct().ToList();
        }

        // Down: the children of objectives whose progress is their children's mean.
        var rollUps = await WithoutKeyResultsAsync(db, tree, scope.ToList(), ct);
        while (rollUps.Count > 0)
        {
            var children = (await tree.Where(o => o.ParentObjectiveId != null && rollUps.Contains(o.ParentObjectiveId.Value))
                .Select(o => o.Id).ToListAsync(ct)).Where(scope.Add).ToList();
            rollUps = await WithoutKeyResultsAsync(db, tree, children, ct);
        }
        var list = scope.ToList();
        return tree.Where(o => list.Contains(o.Id));
    }

    private static async Task<List<Guid>> WithoutKeyResultsAsync(OkraDbContext db, IQueryable<Objective> tree, List<Guid> ids, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : await tree.Where(o => ids.Contains(o.Id) && !db.KeyResults.Any(k => k.ObjectiveId == o.Id && k.State == KeyResultState.Active))
                .Select(o => o.Id).ToListAsync(ct);
}

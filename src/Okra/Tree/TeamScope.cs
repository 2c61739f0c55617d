using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;

namespace Okra.Tree;

/// <summary>
/// Narrows a tree to what a team filter can show, in the database rather than after reading a whole cycle: the
/// objectives the team or its people own (or hold a key result of), their ancestors (a match is shown where it
/// belongs), and under every objective without active key results its children, down to those with key results
/// (its progress is their mean). The filter itself still runs on the evaluated snapshot, as for every other filter.
/// </summary>
/// <remarks>
/// A team's tree is read on every visit to a team's page, so its queries are compiled: EF Core does not walk and look up
/// their expression trees on each call.
/// </remarks>
internal static class TeamScope
{
    // The team's objectives in the tree of a cycle: not archived, in the cycles inside its dates (a year holds its
    // quarters). Each branch is driven by an index from the team and its people. The cycles are a sub-query rather than
    // a list of ids: given `CycleId = @id`, SQLite would walk the cycle's thousand objectives instead of the team's few.
    private static readonly CompiledListQuery<Guid, Guid, Link> OwnedByTeam = new((db, cycle, team) => db.Objectives
        .Where(o => o.Status != ObjectiveStatus.Archived
            && db.Cycles.Where(c => db.Cycles.Any(t => t.Id == cycle && c.StartDate >= t.StartDate && c.EndDate <= t.EndDate)).Select(c => c.Id).Contains(o.CycleId))
        .Where(o => db.ObjectiveTeams.Where(t => t.TeamId == team).Select(t => t.ObjectiveId)
            .Concat(db.Objectives.Where(p => p.OwnerPersonId != null
                && db.TeamMembers.Where(m => m.TeamId == team).Select(m => m.PersonId).Contains(p.OwnerPersonId.Value)).Select(p => p.Id))
            .Concat(db.KeyResults.Where(k => db.TeamMembers.Where(m => m.TeamId == team).Select(m => m.PersonId).Contains(k.OwnerPersonId))
                .Select(k => k.ObjectiveId))
            .Contains(o.Id))
        .Select(o => new Link(o.Id, o.ParentObjectiveId, o.CycleId)));

    private static readonly CompiledListQuery<Guid[], Link> Unarchived = new((db, ids) => db.Objectives
        .Where(o => o.Status != ObjectiveStatus.Archived && ids.Contains(o.Id))
        .Select(o => new Link(o.Id, o.ParentObjectiveId, o.CycleId)));

    private static readonly CompiledListQuery<Guid[], Link> UnarchivedChildren = new((db, parents) => db.Objectives
        .Where(o => o.Status != ObjectiveStatus.Archived && o.ParentObjectiveId != null && parents.Contains(o.ParentObjectiveId.Value))
        .Select(o => new Link(o.Id, o.ParentObjectiveId, o.CycleId)));

    private static readonly CompiledListQuery<Guid, Guid> CyclesInside = new((db, cycle) => db.Cycles
        .Where(c => db.Cycles.Any(t => t.Id == cycle && c.StartDate >= t.StartDate && c.EndDate <= t.EndDate)).Select(c => c.Id));

    private static readonly CompiledListQuery<Guid[], Guid> WithoutActiveKeyResults = new((db, ids) => db.Objectives
        .Where(o => ids.Contains(o.Id) && !db.KeyResults.Any(k => k.ObjectiveId == o.Id && k.State == KeyResultState.Active))
        .Select(o => o.Id));

    /// <summary>The ids of the objectives of <paramref name="cycle"/>'s tree that a filter on <paramref name="teamId"/> can show.</summary>
    public static async Task<HashSet<Guid>> NarrowAsync(OkraDbContext db, Cycle cycle, Guid teamId, CancellationToken ct)
    {
        var owned = await OwnedByTeam.ListAsync(db, cycle.Id, teamId, ct);
        var scope = owned.Select(o => o.Id).ToHashSet();
        HashSet<Guid>? cycles = null;

        // Up: each round reads the parents not yet in scope; a tree is a few levels deep. The few parents and children
        // read by id are kept when their cycle is in the tree.
        var parents = Unseen(owned, scope);
        while (parents.Length > 0)
        {
            cycles ??= [.. await CyclesInside.ListAsync(db, cycle.Id, ct)];
            var found = (await Unarchived.ListAsync(db, parents, ct)).Where(o => cycles.Contains(o.Cycle)).ToList();
            scope.UnionWith(found.Select(o => o.Id));
            parents = Unseen(found, scope);
        }

        // Down: the children of objectives whose progress is their children's mean. Every objective in scope is in the
        // tree, so whether it has active key results needs no test of the tree again.
        var rollUps = await WithoutActiveKeyResults.ListAsync(db, [.. scope], ct);
        while (rollUps.Count > 0)
        {
            cycles ??= [.. await CyclesInside.ListAsync(db, cycle.Id, ct)];
            Guid[] children = [.. (await UnarchivedChildren.ListAsync(db, [.. rollUps], ct)).Where(o => cycles.Contains(o.Cycle) && scope.Add(o.Id)).Select(o => o.Id)];
            rollUps = children.Length == 0 ? [] : await WithoutActiveKeyResults.ListAsync(db, children, ct);
        }
        return scope;
    }

    private static Guid[] Unseen(List<Link> objectives, HashSet<Guid> scope) =>
        [.. objectives.Where(o => o.Parent is { } p && !scope.Contains(p)).Select(o => o.Parent!.Value).Distinct()];

    private sealed record Link(Guid Id, Guid? Parent, Guid Cycle);
}

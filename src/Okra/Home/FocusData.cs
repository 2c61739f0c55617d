using Microsoft.EntityFrameworkCore;
using Okra.Cycles;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Hosting;
using Okra.Tree;

namespace Okra.Home;

/// <summary>
/// A person's active key results in every cycle running today (the quarter and the year), read and evaluated by
/// <see cref="SnapshotReader"/> as the person's key-results API does; and the objectives of the current cycle that the
/// person or one of their teams owns, taken from the cycle's tree so that roll-ups are those of the tree.
/// </summary>
public sealed class FocusData(OkraDbContext db, SnapshotReader reader, TreeBuilder trees, Today today)
{
    public async Task<FocusView> ReadAsync(Guid personId, string personName, CancellationToken ct)
    {
        var date = today.Date;
        var cycles = await db.Cycles.AsNoTracking().Where(c => !c.IsArchived && c.StartDate <= date && c.EndDate >= date).ToListAsync(ct);
        var cycleIds = cycles.Select(c => c.Id).ToList();
        var owned = db.KeyResults.Where(k => k.OwnerPersonId == personId && k.State == KeyResultState.Active).Select(k => k.ObjectiveId);
        var snapshot = await reader.ReadAsync(
            db.Objectives.Where(o => o.Status != ObjectiveStatus.Archived && cycleIds.Contains(o.CycleId) && owned.Contains(o.Id)), ct);
        var items = snapshot.Objectives
            .SelectMany(o => snapshot.KeyResultsByObjective[o.Id]
                .Where(k => k.OwnerPersonId == personId)
                .Select(k => new FocusItem(o.Id, o.Title, snapshot.Cycles[o.CycleId].Name,
                    KeyResultProgressResponse.From(k, snapshot.KeyResultProgress[k.Id], snapshot.ConfidenceOf(k.Id), personName))))
            .ToList();
        var running = cycles.OrderBy(c => c.EndDate.DayNumber - c.StartDate.DayNumber).ToList();
        var (own, shared) = running.Count == 0 ? ([], []) : await ObjectivesAsync(running[0], personId, ct);
        return new FocusView(date, running.Select(CycleResponse.From).ToList(), items, own, shared);
    }

    /// <summary>
    /// The objectives of <paramref name="cycle"/> the person or one of their teams owns, and those owned by others that
    /// the person contributes a key result to (a shared objective of another team, a colleague's personal one).
    /// </summary>
    private async Task<(List<ObjectiveNodeResponse> Own, List<ObjectiveNodeResponse> Contributed)> ObjectivesAsync(
        Domain.Cycles.Cycle cycle, Guid personId, CancellationToken ct)
    {
        var teams = (await db.TeamMembers.AsNoTracking().Where(m => m.PersonId == personId).Select(m => m.TeamId).ToListAsync(ct)).ToHashSet();
        var tree = await trees.BuildAsync(cycle, new TreeFilter(), ct);
        var all = Flatten(tree.Objectives).ToList();
        bool Owned(ObjectiveNodeResponse o) => o.OwnerPersonId == personId || o.OwnerTeamIds.Any(teams.Contains);
        return (all.Where(Owned).ToList(), all.Where(o => !Owned(o) && o.KeyResults.Any(k => k.OwnerPersonId == personId)).ToList());
    }

    private static IEnumerable<ObjectiveNodeResponse> Flatten(IEnumerable<ObjectiveNodeResponse> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}

/// <summary>One of the person's key results with the objective it serves.</summary>
public sealed record FocusItem(Guid ObjectiveId, string ObjectiveTitle, string CycleName, KeyResultProgressResponse KeyResult);

/// <summary>
/// The focus page: today, the cycles running (shortest first), the person's key results, their own and their teams'
/// objectives, and others' objectives they contribute to.
/// </summary>
public sealed record FocusView(DateOnly Today, IReadOnlyList<CycleResponse> Cycles, IReadOnlyList<FocusItem> Items,
    IReadOnlyList<ObjectiveNodeResponse> Objectives, IReadOnlyList<ObjectiveNodeResponse> Contributed);

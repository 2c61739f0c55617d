using Okra.Domain.Objectives;

namespace Okra.Tree;

/// <summary>Turns evaluated objectives of a snapshot into tree nodes, nesting the visible children of each.</summary>
public sealed class NodeBuilder
{
    private readonly OkrSnapshot snapshot;
    private readonly OwnerNames names;
    private readonly ILookup<Guid, Objective> children;

    public NodeBuilder(OkrSnapshot snapshot, OwnerNames names, IReadOnlySet<Guid> visible)
    {
        this.snapshot = snapshot;
        this.names = names;
        children = snapshot.Objectives
            .Where(o => visible.Contains(o.Id) && o.ParentObjectiveId is { } p && visible.Contains(p))
            .ToLookup(o => o.ParentObjectiveId!.Value);
    }

    /// <summary>Company first, then team, then personal; alphabetical within a level.</summary>
    public static IEnumerable<Objective> Ordered(IEnumerable<Objective> objectives) =>
        objectives.OrderBy(o => o.Level).ThenBy(o => o.Title, StringComparer.CurrentCulture);

    public ObjectiveNodeResponse Build(Objective o)
    {
        var e = snapshot.ObjectiveProgress[o.Id];
        var keyResults = snapshot.KeyResultsByObjective[o.Id]
            .Select(k => KeyResultProgressResponse.From(k, snapshot.KeyResultProgress[k.Id], snapshot.ConfidenceOf(k.Id), names.Person(k.OwnerPersonId)))
            .ToList();
        return new ObjectiveNodeResponse(
            o.Id, o.CycleId, snapshot.Cycles[o.CycleId].Name, o.Title, o.Level, o.Type, o.Status, o.OwnerPersonId,
            o.OwnerTeams.Select(t => t.TeamId).ToList(), names.Owner(o), o.IsShared, o.ParentObjectiveId, o.ParentKeyResultId,
            o.Version, KeyResultProgressResponse.Round(e.Progress), KeyResultProgressResponse.Round(e.Expected), e.Status, e.Score,
            keyResults, Ordered(children[o.Id]).Select(Build).ToList());
    }
}

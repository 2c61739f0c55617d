using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Objectives;
using Okra.Tree;

namespace Okra.Objectives;

/// <summary>A link in the chain from an objective up to the company objective ("why this matters").</summary>
public sealed record AncestorResponse(Guid Id, string Title, ObjectiveLevel Level, Guid? ViaKeyResultId);

public sealed record ObjectiveDetailResponse(
    ObjectiveNodeResponse Objective, string? Description, Guid? ApprovedById, DateTimeOffset? ApprovedAt,
    IReadOnlyList<ObjectiveStatus> NextStatuses, IReadOnlyList<AncestorResponse> Ancestors);

/// <summary>Reads one objective with its subtree's progress and its chain of ancestors.</summary>
public sealed class ObjectiveDetails(OkraDbContext db, SnapshotReader reader, TreeBuilder names)
{
    public async Task<ObjectiveDetailResponse?> ReadAsync(Guid id, CancellationToken ct)
    {
        var links = await db.Objectives.AsNoTracking()
            .Select(o => new { o.Id, o.ParentObjectiveId, o.ParentKeyResultId, o.Title, o.Level })
            .ToDictionaryAsync(o => o.Id, ct);
        if (!links.TryGetValue(id, out var self)) return null;

        var children = links.Values.Where(l => l.ParentObjectiveId is not null).ToLookup(l => l.ParentObjectiveId!.Value, l => l.Id);
        var subtree = new HashSet<Guid>();
        var pending = new Stack<Guid>([id]);
        while (pending.TryPop(out var next))
        {
            if (!subtree.Add(next)) continue;
            foreach (var child in children[next]) pending.Push(child);
        }

        var ancestors = new List<AncestorResponse>();
        var via = self.ParentKeyResultId;
        for (var parent = self.ParentObjectiveId; parent is { } p && links.TryGetValue(p, out var link) && ancestors.Count < links.Count; parent = link.ParentObjectiveId)
        {
            ancestors.Insert(0, new AncestorResponse(link.Id, link.Title, link.Level, via));
            via = link.ParentKeyResultId;
        }

        var snapshot = await reader.ReadAsync(db.Objectives.Where(o => subtree.Contains(o.Id) && (o.Id == id || o.Status != ObjectiveStatus.Archived)), ct);
        var ownerNames = await names.NamesAsync(ct);
        var objective = snapshot.Objectives.Single(o => o.Id == id);
        var node = new NodeBuilder(snapshot, ownerNames, subtree).Build(objective);
        return new ObjectiveDetailResponse(node, objective.Description, objective.ApprovedById, objective.ApprovedAt, objective.NextStatuses, ancestors);
    }

    /// <summary>409 for a change based on <paramref name="yourVersion"/>, carrying the objective as it is now.</summary>
    public async Task<ProblemHttpResult> StaleAsync(Guid id, int yourVersion, CancellationToken ct)
    {
        var current = (await ReadAsync(id, ct))!;
        return Problems.Stale("Objective", yourVersion, current.Objective.Version, current);
    }
}

namespace Okra.Domain.Progress;

/// <summary>One objective of a tree to evaluate.</summary>
/// <param name="Id">The objective.</param>
/// <param name="ParentObjectiveId">The objective it aligns to directly or through one of its key results.</param>
/// <param name="KeyResults">Its active key results' contributions.</param>
/// <param name="Context">Its cycle, day, tolerances, type and whether it is closed.</param>
public sealed record ObjectiveNode(
    Guid Id, Guid? ParentObjectiveId, IReadOnlyList<WeightedResult> KeyResults, EvaluationContext Context);

/// <summary>Evaluates a set of objectives bottom-up so that an objective without key results takes its children's mean.</summary>
public static class TreeEvaluator
{
    /// <summary>Evaluates every node; children not in <paramref name="nodes"/> are not counted.</summary>
    public static IReadOnlyDictionary<Guid, ObjectiveEvaluation> Evaluate(IReadOnlyList<ObjectiveNode> nodes)
    {
        var byId = nodes.ToDictionary(n => n.Id);
        var children = nodes.Where(n => n.ParentObjectiveId is { } p && byId.ContainsKey(p))
            .ToLookup(n => n.ParentObjectiveId!.Value);
        var results = new Dictionary<Guid, ObjectiveEvaluation>(nodes.Count);
        var visiting = new HashSet<Guid>();

        ObjectiveEvaluation Visit(ObjectiveNode node)
        {
            if (results.TryGetValue(node.Id, out var done)) return done;
            // Loops are refused on write; the guard keeps a corrupt row from recursing forever.
            visiting.Add(node.Id);
            var childResults = node.KeyResults.Count > 0
                ? []
                : children[node.Id].Where(c => !visiting.Contains(c.Id)).Select(Visit).ToList();
            visiting.Remove(node.Id);
            return results[node.Id] = ObjectiveEvaluation.Of(node.KeyResults, childResults, node.Context);
        }

        foreach (var node in nodes) Visit(node);
        return results;
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Objectives;
using Okra.Tree;

namespace Okra.Objectives;

public static class ListObjectives
{
    /// <summary>Objectives of one cycle (or of every cycle), flat, each with its key results and progress.</summary>
    public static async Task<Results<Ok<List<ObjectiveNodeResponse>>, ValidationProblem>> Handle(
        OkraDbContext db, SnapshotReader reader, TreeBuilder names, CancellationToken ct, Guid? cycleId = null, bool includeArchived = false)
    {
        if (cycleId is { } given && !await db.Cycles.AnyAsync(c => c.Id == given, ct))
            return Problems.Invalid("cycleId", $"There is no cycle with id {given}.");
        var selected = db.Objectives.Where(o => (cycleId == null || o.CycleId == cycleId) && (includeArchived || o.Status != ObjectiveStatus.Archived));
        var snapshot = await reader.ReadAsync(selected, ct);
        var nodes = new NodeBuilder(snapshot, await names.NamesAsync(ct), new HashSet<Guid>());
        return TypedResults.Ok(NodeBuilder.Ordered(snapshot.Objectives).Select(nodes.Build).ToList());
    }
}

public static class GetObjective
{
    public static async Task<Results<Ok<ObjectiveDetailResponse>, ProblemHttpResult>> Handle(Guid id, ObjectiveDetails details, CancellationToken ct) =>
        await details.ReadAsync(id, ct) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound("Objective", id);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;
using Okra.Tree;

namespace Okra.Cycles;

public static class CycleTree
{
    public static async Task<Results<Ok<TreeResponse>, ProblemHttpResult>> Handle(
        Guid id, OkraDbContext db, TreeBuilder builder, CancellationToken ct,
        Guid? teamId = null, Guid? ownerId = null, string? status = null, string? level = null, string? q = null)
    {
        if (await db.Cycles.FindAsync([id], ct) is not { } cycle) return Problems.NotFound("Cycle", id);
        return TypedResults.Ok(await builder.BuildAsync(cycle, Filter(teamId, ownerId, status, level, q), ct));
    }

    /// <summary>The tree's query parameters as a filter; a bad status or level is refused naming its parameter.</summary>
    public static TreeFilter Filter(Guid? teamId, Guid? ownerId, string? status, string? level, string? q) =>
        new(teamId, ownerId, QueryValues.Enum<Status>(status, "status"), QueryValues.Enum<ObjectiveLevel>(level, "level"), q);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Cycles;
using Okra.Hosting;

namespace Okra.Cycles;

public static class ListCycles
{
    public static async Task<List<CycleResponse>> Handle(OkraDbContext db, bool includeArchived = false, CancellationToken ct = default) =>
        (await db.Cycles.AsNoTracking().Where(c => includeArchived || !c.IsArchived).OrderByDescending(c => c.StartDate).ThenBy(c => c.Kind).ToListAsync(ct))
            .Select(CycleResponse.From).ToList();
}

public static class GetCycle
{
    public static async Task<Results<Ok<CycleResponse>, ProblemHttpResult>> Handle(Guid id, OkraDbContext db, CancellationToken ct) =>
        await db.Cycles.FindAsync([id], ct) is { } cycle ? TypedResults.Ok(CycleResponse.From(cycle)) : Problems.NotFound("Cycle", id);
}

public static class CurrentCycle
{
    public static async Task<Results<Ok<CycleResponse>, ProblemHttpResult>> Handle(OkraDbContext db, Today today, CancellationToken ct)
    {
        var cycle = await FindAsync(db, today.Date, ct);
        if (cycle is null)
            return TypedResults.Problem(statusCode: 404, title: "No current cycle.", detail: $"No cycle contains {today.Date:yyyy-MM-dd}. Create one with POST /api/v1/cycles.");
        return TypedResults.Ok(CycleResponse.From(cycle));
    }

    /// <summary>The shortest non-archived cycle containing <paramref name="date"/>: a quarter before a year.</summary>
    public static async Task<Cycle?> FindAsync(OkraDbContext db, DateOnly date, CancellationToken ct) =>
        (await db.Cycles.AsNoTracking().Where(c => !c.IsArchived && c.StartDate <= date && c.EndDate >= date).ToListAsync(ct))
            .OrderBy(c => c.EndDate.DayNumber - c.StartDate.DayNumber).FirstOrDefault();
}

public static class ArchiveCycle
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid id, OkraDbContext db, CancellationToken ct)
    {
        if (await db.Cycles.FindAsync([id], ct) is not { } cycle) return Problems.NotFound("Cycle", id);
        cycle.Archive();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Hosting;
using Okra.Tree;

namespace Okra.People;

public static class PersonKeyResults
{
    /// <summary>The active key results a person owns in one cycle, or by default in every cycle that contains today.</summary>
    public static async Task<Results<Ok<List<KeyResultProgressResponse>>, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, OkraDbContext db, SnapshotReader reader, TreeBuilder names, Today today, CancellationToken ct, Guid? cycleId = null)
    {
        if (!await db.People.AnyAsync(p => p.Id == id, ct)) return Problems.NotFound("Person", id);
        if (cycleId is { } given && !await db.Cycles.AnyAsync(c => c.Id == given, ct))
            return Problems.Invalid("cycleId", $"There is no cycle with id {given}.");
        var date = today.Date;
        var cycles = db.Cycles.Where(c => cycleId == null ? c.StartDate <= date && c.EndDate >= date : c.Id == cycleId).Select(c => c.Id);
        var owned = db.KeyResults.Where(k => k.OwnerPersonId == id && k.State == KeyResultState.Active).Select(k => k.ObjectiveId);
        var snapshot = await reader.ReadAsync(
            db.Objectives.Where(o => o.Status != ObjectiveStatus.Archived && cycles.Contains(o.CycleId) && owned.Contains(o.Id)), ct);
        var ownerNames = await names.NamesAsync(ct);
        return TypedResults.Ok(snapshot.Objectives
            .SelectMany(o => snapshot.KeyResultsByObjective[o.Id])
            .Where(k => k.OwnerPersonId == id)
            .Select(k => KeyResultProgressResponse.From(k, snapshot.KeyResultProgress[k.Id], snapshot.ConfidenceOf(k.Id), ownerNames.Person(id)))
            .ToList());
    }
}

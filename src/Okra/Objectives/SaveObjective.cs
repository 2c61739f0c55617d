using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Objectives;
using Okra.Hosting;
using Okra.Security;

namespace Okra.Objectives;

public static class SaveObjective
{
    public static async Task<Results<Created<ObjectiveDetailResponse>, ValidationProblem, ProblemHttpResult>> Create(
        ObjectiveRequest request, OkraDbContext db, Today today, ObjectiveDetails details, OkrAccess access, CancellationToken ct)
    {
        if (await access.CreateObjectiveAsync(request.Level ?? ObjectiveLevel.Team, request.OwnerPersonId, request.OwnerTeamIds ?? [], ct) is { } forbidden)
            return forbidden;
        if (request.CycleId is not { } cycleId) return Problems.Invalid("cycleId", "is required.");
        if (await db.Cycles.FindAsync([cycleId], ct) is not { } cycle) return Problems.Invalid("cycleId", $"There is no cycle with id {cycleId}.");
        if (await OwnersProblemAsync(request, db, ct) is { } ownersProblem) return ownersProblem;
        var objective = new Objective(cycleId, request.Title ?? "", request.Description, request.Level ?? ObjectiveLevel.Team,
            request.Type ?? ObjectiveType.Committed, request.OwnerPersonId, request.OwnerTeamIds ?? [], today.Now);
        if (await ObjectiveAlignment.AlignAsync(objective, request.ParentObjectiveId, request.ParentKeyResultId, cycle.Dates, db, ct) is { } problem)
            return problem;
        db.Objectives.Add(objective);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/objectives/{objective.Id}", (await details.ReadAsync(objective.Id, ct))!);
    }

    public static async Task<Results<Ok<ObjectiveDetailResponse>, ProblemHttpResult, ValidationProblem>> Update(
        Guid id, ObjectiveRequest request, OkraDbContext db, ObjectiveDetails details, OkrAccess access, CancellationToken ct)
    {
        if (await db.Objectives.Include(o => o.OwnerTeams).FirstOrDefaultAsync(o => o.Id == id, ct) is not { } objective)
            return Problems.NotFound("Objective", id);
        if (await access.EditObjectiveAsync(objective, ct) is { } forbidden) return forbidden;
        // The new owners must be ones the actor could create an objective for (a lead cannot hand it to another team).
        if (await access.CreateObjectiveAsync(request.Level ?? objective.Level, request.OwnerPersonId, request.OwnerTeamIds ?? [], ct) is { } notYours)
            return notYours;
        if (request.Version is not { } version) return Problems.Invalid("version", "is required: send the version you based your change on.");
        if (version != objective.Version) return await details.StaleAsync(id, version, ct);
        if (request.CycleId is { } cycleId && cycleId != objective.CycleId)
            return Problems.Invalid("cycleId", "cannot change; carry the objective over to another cycle instead.");
        if (await OwnersProblemAsync(request, db, ct) is { } ownersProblem) return ownersProblem;
        var cycle = await db.Cycles.AsNoTracking().FirstAsync(c => c.Id == objective.CycleId, ct);

        objective.Update(request.Title ?? objective.Title, request.Description, request.Type ?? objective.Type);
        objective.SetOwners(request.Level ?? objective.Level, request.OwnerPersonId, request.OwnerTeamIds ?? []);
        if (await ObjectiveAlignment.AlignAsync(objective, request.ParentObjectiveId, request.ParentKeyResultId, cycle.Dates, db, ct) is { } problem)
            return problem;
        // A change of owner teams alone touches only their rows; count it as a change of the objective, so that its
        // version goes up and a copy based on the old owners is refused.
        if (db.ChangeTracker.Entries<ObjectiveTeam>().Any(e => e.State is EntityState.Added or EntityState.Deleted))
            db.Entry(objective).Property(o => o.Version).IsModified = true;
        db.ExpectVersion(objective, version);
        if (!await db.TrySaveAsync(ct)) return await details.StaleAsync(id, version, ct);
        return TypedResults.Ok((await details.ReadAsync(id, ct))!);
    }

    private static async Task<ValidationProblem?> OwnersProblemAsync(ObjectiveRequest request, OkraDbContext db, CancellationToken ct)
    {
        if (request.OwnerPersonId is { } personId && !await db.People.AnyAsync(p => p.Id == personId, ct))
            return Problems.Invalid("ownerPersonId", $"There is no person with id {personId}.");
        var teamIds = request.OwnerTeamIds ?? [];
        var known = await db.Teams.CountAsync(t => teamIds.Contains(t.Id), ct);
        return known == teamIds.Distinct().Count() ? null : Problems.Invalid("ownerTeamIds", "names a team that does not exist.");
    }
}

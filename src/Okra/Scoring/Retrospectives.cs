using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Scoring;
using Okra.Hosting;
using Okra.Security;

namespace Okra.Scoring;

public static class Retrospectives
{
    /// <summary>Writes a team's retrospective of a cycle (what went well, what to improve); also after the cycle closed.</summary>
    public static async Task<Results<Ok<CycleScoresResponse>, ProblemHttpResult, ValidationProblem>> Write(
        Guid id, Guid teamId, RetrospectiveRequest request, OkraDbContext db, CurrentActor current, CycleScoresReader scores, Today today, CancellationToken ct)
    {
        if (!await db.Cycles.AnyAsync(c => c.Id == id, ct)) return Problems.NotFound("Cycle", id);
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, ct)) return Problems.NotFound("Team", teamId);
        var actor = await current.GetAsync(ct);
        if (!ScoringRules.CanWriteRetrospective(actor, teamId)) return Problems.Forbidden("Only a lead of the team or an admin writes its retrospective.");
        if (await db.Retrospectives.FirstOrDefaultAsync(r => r.CycleId == id && r.TeamId == teamId, ct) is { } existing)
            existing.Write(request.WentWell, request.ToImprove, actor.PersonId, today.Now);
        else
            db.Retrospectives.Add(new Retrospective(id, teamId, request.WentWell, request.ToImprove, actor.PersonId, today.Now));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await scores.ReadAsync(id, ct))!);
    }

    public static async Task<Results<Ok<CycleScoresResponse>, ProblemHttpResult>> Scores(Guid id, CycleScoresReader scores, CancellationToken ct) =>
        await scores.ReadAsync(id, ct) is { } found ? TypedResults.Ok(found) : Problems.NotFound("Cycle", id);
}

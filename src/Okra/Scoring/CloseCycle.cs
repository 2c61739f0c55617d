using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Objectives;
using Okra.Domain.Recognition;
using Okra.Domain.Scoring;
using Okra.Hosting;
using Okra.Notifications;
using Okra.Recognition;
using Okra.Security;
using Okra.Tree;

namespace Okra.Scoring;

public static class CloseCycle
{
    /// <summary>
    /// Closes a cycle: its active objectives move to closed, objectives that met their bar (1.0 committed, 0.7 aspirational)
    /// and achieved key results are recognised, and from then on the cycle's objectives, key results and check-ins are
    /// read-only — all in one save, with the achievements' announcements.
    /// </summary>
    public static async Task<Results<Ok<CycleScoresResponse>, ProblemHttpResult>> Handle(
        Guid id, OkraDbContext db, CurrentActor current, SnapshotReader reader, CycleScoresReader scores, Today today,
        INotificationPublisher events, CancellationToken ct)
    {
        if (await db.Cycles.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } cycle) return Problems.NotFound("Cycle", id);
        var actor = await current.GetAsync(ct);
        if (!ScoringRules.CanClose(actor)) return Problems.Forbidden("Only an admin or a team lead may close a cycle.");
        cycle.Close(actor.PersonId, today.Now);

        var active = db.Objectives.Where(o => o.CycleId == id && o.Status == ObjectiveStatus.Active);
        var snapshot = await reader.ReadAsync(active, ct);
        foreach (var objective in await active.Include(o => o.OwnerTeams).ToListAsync(ct))
        {
            var score = snapshot.ObjectiveProgress[objective.Id].Score;
            if (CycleScores.MeetsBar(objective.Type, score))
            {
                foreach (var (person, team) in Recipients(objective))
                    await Awards.AwardAsync(db, events, Achievement.ForObjective(id, objective.Id, person, team, objective.Title, CycleScores.Rounded(score), today.Now), ct);
            }
            foreach (var keyResult in snapshot.KeyResultsByObjective[objective.Id])
                await Awards.KeyResultAsync(db, events, keyResult, snapshot.KeyResultProgress[keyResult.Id].Status, id, today.Now, ct);
            objective.MoveTo(ObjectiveStatus.Closed, actor.PersonId, today.Now);
        }
        db.Audit.Reason = $"Cycle {cycle.Name} closed";
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await scores.ReadAsync(id, ct))!);
    }

    private static IEnumerable<(Guid? Person, Guid? Team)> Recipients(Objective objective) =>
        objective.OwnerPersonId is { } person ? [(person, null)] : objective.OwnerTeams.Select(t => ((Guid?)null, (Guid?)t.TeamId));
}

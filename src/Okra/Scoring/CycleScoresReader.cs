using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;
using Okra.Domain.Scoring;
using Okra.Security;
using Okra.Tree;

namespace Okra.Scoring;

/// <summary>Reads a cycle's scores (DESIGN §2, from the snapshot's evaluation) and its teams' retrospectives.</summary>
public sealed class CycleScoresReader(OkraDbContext db, SnapshotReader reader, TreeBuilder tree, CurrentActor current)
{
    public async Task<CycleScoresResponse?> ReadAsync(Guid cycleId, CancellationToken ct)
    {
        if (await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId, ct) is not { } cycle) return null;
        var snapshot = await reader.ReadAsync(db.Objectives.Where(o => o.CycleId == cycleId && o.Status != ObjectiveStatus.Archived
            && o.Status != ObjectiveStatus.Draft && o.Status != ObjectiveStatus.Proposed), ct);
        var names = await tree.NamesAsync(ct);
        var actor = await current.GetAsync(ct);
        var objectives = NodeBuilder.Ordered(snapshot.Objectives).Select(o =>
        {
            var evaluation = snapshot.ObjectiveProgress[o.Id];
            var keyResults = snapshot.KeyResultsByObjective[o.Id].Select(k =>
            {
                var e = snapshot.KeyResultProgress[k.Id];
                return new KeyResultScore(k.Id, k.Title, names.Person(k.OwnerPersonId), k.OwnerPersonId, k.Weight, KeyResultProgressResponse.Round(e.Progress),
                    StatusRules.DefaultScore(e.Progress), k.ScoreOverride, k.ScoreOverrideReason, e.Score, e.Status);
            }).ToList();
            return new ObjectiveScore(o.Id, o.Title, o.Type, o.Status, names.Owner(o), [.. o.OwnerTeams.Select(t => t.TeamId)],
                CycleScores.Rounded(evaluation.Score), o.Type.SuccessBar(), CycleScores.MeetsBar(o.Type, evaluation.Score), o.CarriedOverFromId, keyResults);
        }).ToList();

        var teamIds = objectives.SelectMany(o => o.OwnerTeamIds).ToHashSet();
        var retros = await db.Retrospectives.AsNoTracking().Where(r => r.CycleId == cycleId).ToListAsync(ct);
        teamIds.UnionWith(retros.Select(r => r.TeamId));
        var retrospectives = teamIds.Select(t => (Id: t, Name: names.Teams.GetValueOrDefault(t, "?"))).OrderBy(t => t.Name, StringComparer.CurrentCulture)
            .Select(t => retros.FirstOrDefault(r => r.TeamId == t.Id) is { } r
                ? new RetrospectiveResponse(t.Id, t.Name, r.WentWell, r.ToImprove, names.Person(r.UpdatedById), r.UpdatedAt, CanWriteRetro(actor, t.Id))
                : new RetrospectiveResponse(t.Id, t.Name, null, null, null, null, CanWriteRetro(actor, t.Id)))
            .ToList();
        return new CycleScoresResponse(cycle.Id, cycle.Name, cycle.StartDate, cycle.EndDate, cycle.ClosedAt,
            cycle.ClosedById is { } by ? names.Person(by) : null, !cycle.IsClosed && ScoringRules.CanClose(actor), objectives, retrospectives);
    }

    private static bool CanWriteRetro(Actor actor, Guid teamId) => ScoringRules.CanWriteRetrospective(actor, teamId);
}

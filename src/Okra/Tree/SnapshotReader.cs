using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.CheckIns;
using Okra.Domain.Cycles;
using Okra.Domain.Initiatives;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;
using Okra.Domain.Recognition;
using Okra.Hosting;

namespace Okra.Tree;

/// <summary>Loads objectives, key results and check-ins in a fixed number of queries and evaluates them.</summary>
public sealed class SnapshotReader(OkraDbContext db, Today today)
{
    // A check-in reads its key result, objective, cycle, the organisation's tolerances, the owner's name and whether the
    // key result's achievement was awarded on every post: in one compiled query.
    private static readonly CompiledQuery<Guid, KeyResultInCycle?> KeyResultInCycleById = new((db, id) =>
        (from k in db.KeyResults.AsNoTracking()
         where k.Id == id
         join o in db.Objectives.AsNoTracking() on k.ObjectiveId equals o.Id
         join c in db.Cycles.AsNoTracking() on o.CycleId equals c.Id
         select new KeyResultInCycle(
             k, o, c,
             db.Organisations.OrderBy(g => g.Id).Select(g => (decimal?)g.OnTrackTolerance).FirstOrDefault(),
             db.Organisations.OrderBy(g => g.Id).Select(g => (decimal?)g.AtRiskTolerance).FirstOrDefault(),
             db.People.Where(p => p.Id == k.OwnerPersonId).Select(p => p.Name).FirstOrDefault(),
             db.Achievements.Any(a => a.Kind == AchievementKind.KeyResultAchieved && a.KeyResultId == k.Id)))
        .FirstOrDefault());

    // A check-in reads its key result's figures on every post: compiled, in the order and shape of MeasurementsAsync.
    private static readonly CompiledListQuery<Guid, CheckInFigures> FiguresOf = new((db, keyResultId) => db.CheckIns.AsNoTracking()
        .Where(c => !c.IsRetracted && c.KeyResultId == keyResultId)
        .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
        .Select(c => new CheckInFigures(c.KeyResultId, c.Date, c.Value, c.Confidence)));

    // A team's tree reads its objectives by id (see TeamScope), compiled as the check-in's queries are.
    private static readonly CompiledListQuery<Guid[], Objective> ObjectivesById = new((db, ids) => db.Objectives.AsNoTracking()
        .Include(o => o.OwnerTeams).Where(o => ids.Contains(o.Id)));

    private static readonly CompiledListQuery<Guid[], Cycle> CyclesById = new((db, ids) => db.Cycles.AsNoTracking()
        .Where(c => ids.Contains(c.Id)));

    private static readonly CompiledListQuery<Guid[], KeyResult> KeyResultsOf = new((db, objectiveIds) => db.KeyResults.AsNoTracking()
        .Where(k => objectiveIds.Contains(k.ObjectiveId)).OrderBy(k => k.CreatedAt));

    private static readonly CompiledListQuery<Guid[], CheckInFigures> FiguresOfAll = new((db, keyResultIds) => db.CheckIns.AsNoTracking()
        .Where(c => !c.IsRetracted && keyResultIds.Contains(c.KeyResultId))
        .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
        .Select(c => new CheckInFigures(c.KeyResultId, c.Date, c.Value, c.Confidence)));

    private static readonly CompiledListQuery<Guid[], Initiative> ChecklistsOf = new((db, keyResultIds) => db.Initiatives.AsNoTracking()
        .Where(i => i.Status != InitiativeStatus.Archived && keyResultIds.Contains(i.KeyResultId)));

    /// <summary>
    /// Evaluates the objectives selected by <paramref name="selected"/>; <paramref name="known"/>, a cycle the caller
    /// has read already, is not read again.
    /// </summary>
    public async Task<OkrSnapshot> ReadAsync(IQueryable<Objective> selected, CancellationToken ct, Cycle? known = null)
    {
        var objectives = await selected.AsNoTracking().Include(o => o.OwnerTeams).ToListAsync(ct);
        var cycleIds = objectives.Select(o => o.CycleId).Where(id => id != known?.Id).Distinct().ToList();
        var cycles = cycleIds.Count == 0
            ? new Dictionary<Guid, Cycle>()
            : await db.Cycles.AsNoTracking().Where(c => cycleIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        if (known is not null) cycles[known.Id] = known;

        // Archived key results are evaluated for their own pages but left out of every roll-up.
        var keyResultQuery = db.KeyResults.Where(k => selected.Select(o => o.Id).Contains(k.ObjectiveId));
        var keyResults = await keyResultQuery.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(ct);
        var (checkIns, checklists) = await MeasurementsAsync(keyResultQuery, checklists: keyResults.Any(k => k.Checklist), ct);
        return Evaluate(objectives, cycles, await TolerancesAsync(ct), keyResults, checkIns, checklists);
    }

    /// <summary>
    /// Evaluates the objectives <paramref name="ids"/>, read by id in compiled queries; <paramref name="known"/>, a
    /// cycle the caller has read already, is not read again.
    /// </summary>
    public async Task<OkrSnapshot> ReadByIdAsync(IReadOnlyCollection<Guid> ids, Cycle known, CancellationToken ct)
    {
        var objectives = await ObjectivesById.ListAsync(db, [.. ids], ct);
        Guid[] cycleIds = [.. objectives.Select(o => o.CycleId).Where(id => id != known.Id).Distinct()];
        var cycles = cycleIds.Length == 0 ? [] : (await CyclesById.ListAsync(db, cycleIds, ct)).ToDictionary(c => c.Id);
        cycles[known.Id] = known;

        var keyResults = await KeyResultsOf.ListAsync(db, [.. objectives.Select(o => o.Id)], ct);
        var checkIns = (await FiguresOfAll.ListAsync(db, [.. keyResults.Select(k => k.Id)], ct)).ToLookup(c => c.KeyResultId);
        Guid[] withChecklists = [.. keyResults.Where(k => k.Checklist).Select(k => k.Id)];
        var checklists = withChecklists.Length == 0 ? [] : await ChecklistsOf.ListAsync(db, withChecklists, ct);
        return Evaluate(objectives, cycles, await TolerancesAsync(ct), keyResults, checkIns, checklists.ToLookup(i => i.KeyResultId, i => i.AsChecklistItem));
    }

    private async Task<StatusTolerances> TolerancesAsync(CancellationToken ct) =>
        (await db.Organisations.AsNoTracking().OrderBy(o => o.Id).FirstOrDefaultAsync(ct))?.Tolerances ?? StatusTolerances.Default;

    private OkrSnapshot Evaluate(
        List<Objective> objectives, Dictionary<Guid, Cycle> cycles, StatusTolerances tolerances, List<KeyResult> keyResults,
        ILookup<Guid, CheckInFigures> checkIns, ILookup<Guid, ChecklistItem> checklists)
    {
        var date = today.Date;
        var contexts = objectives.ToDictionary(o => o.Id, o => Context(o, cycles[o.CycleId], date, tolerances));
        var keyResultProgress = keyResults.ToDictionary(k => k.Id, k => Evaluate(k, checkIns[k.Id].ToList(), checklists[k.Id].ToList(), contexts[k.ObjectiveId]));
        var byObjective = keyResults.Where(k => k.State == KeyResultState.Active).ToLookup(k => k.ObjectiveId);
        var nodes = objectives.Select(o => new ObjectiveNode(
            o.Id,
            o.ParentObjectiveId,
            byObjective[o.Id].Select(k => new WeightedResult(k.Weight, keyResultProgress[k.Id].Progress, keyResultProgress[k.Id].Score, keyResultProgress[k.Id].HasData)).ToList(),
            contexts[o.Id])).ToList();
        var confidences = checkIns
            .Select(g => (g.Key, Latest: LatestConfidence(g)))
            .Where(x => x.Latest is not null)
            .ToDictionary(x => x.Key, x => x.Latest!.Value);

        return new OkrSnapshot(date, cycles, objectives, TreeEvaluator.Evaluate(nodes), byObjective, keyResultProgress, confidences);
    }

    /// <summary>The key result <paramref name="id"/> with its objective, cycle, tolerances and owner's name; null when there is none.</summary>
    public Task<KeyResultInCycle?> FindKeyResultAsync(Guid id, CancellationToken ct) => KeyResultInCycleById.RunAsync(db, id, ct);

    /// <summary>
    /// One key result evaluated exactly as <see cref="ReadAsync"/> evaluates it, without reading its objective's other
    /// key results: a check-in's answer needs only its own.
    /// </summary>
    public async Task<KeyResultReading> ReadKeyResultAsync(KeyResultInCycle found, CancellationToken ct)
    {
        var (keyResult, objective, cycle) = (found.KeyResult, found.Objective, found.Cycle);
        var context = Context(objective, cycle, today.Date, found.Tolerances);
        if (!keyResult.Checklist) return new KeyResultReading(keyResult, objective, cycle, await FiguresOf.ListAsync(db, keyResult.Id, ct), [], context);
        var (checkIns, checklists) = await MeasurementsAsync(db.KeyResults.Where(k => k.Id == keyResult.Id), checklists: true, ct);
        return new KeyResultReading(keyResult, objective, cycle, checkIns[keyResult.Id].ToList(), checklists[keyResult.Id].ToList(), context);
    }

    // Only the columns the rules read, in the order they were written: a large tree has a hundred thousand check-ins,
    // and their texts are not needed here.
    private async Task<(ILookup<Guid, CheckInFigures> CheckIns, ILookup<Guid, ChecklistItem> Checklists)> MeasurementsAsync(
        IQueryable<KeyResult> keyResultQuery, bool checklists, CancellationToken ct)
    {
        var checkIns = (await db.CheckIns.AsNoTracking()
                .Where(c => !c.IsRetracted && keyResultQuery.Select(k => k.Id).Contains(c.KeyResultId))
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
                .Select(c => new CheckInFigures(c.KeyResultId, c.Date, c.Value, c.Confidence))
                .ToListAsync(ct))
            .ToLookup(c => c.KeyResultId);
        var items = checklists
            ? await db.Initiatives.AsNoTracking()
                .Where(i => i.Status != InitiativeStatus.Archived && keyResultQuery.Where(k => k.Checklist).Select(k => k.Id).Contains(i.KeyResultId))
                .ToListAsync(ct)
            : [];
        return (checkIns, items.ToLookup(i => i.KeyResultId, i => i.AsChecklistItem));
    }

    private static EvaluationContext Context(Objective o, Cycle cycle, DateOnly date, StatusTolerances tolerances) =>
        new(cycle.Dates, date, tolerances, o.Type, o.Status == ObjectiveStatus.Closed);

    internal static KeyResultEvaluation Evaluate(
        KeyResult k, IReadOnlyList<CheckInFigures> checkIns, IReadOnlyList<ChecklistItem> checklist, EvaluationContext context) =>
        KeyResultEvaluation.Of(k.Spec, checkIns.Select(c => new Measurement(c.Date, c.Value)).ToList(), checklist, context, k.ScoreOverride);

    internal static int? LatestConfidence(IEnumerable<CheckInFigures> checkIns) =>
        checkIns.Where(c => c.Confidence is not null).OrderBy(c => c.Date).LastOrDefault()?.Confidence;
}

/// <summary>What the rules read of a check-in.</summary>
internal sealed record CheckInFigures(Guid KeyResultId, DateOnly Date, decimal Value, int? Confidence);

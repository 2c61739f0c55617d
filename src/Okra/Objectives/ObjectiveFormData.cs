using Microsoft.EntityFrameworkCore;
using Okra.Cycles;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Hosting;
using Okra.Tree;

namespace Okra.Objectives;

/// <summary>An objective or key result an objective may align to, with the cycle it belongs to.</summary>
public sealed record ParentChoice(string Value, string Title, Guid CycleId, bool IsKeyResult);

/// <summary>What the objective form picks from, and the objective being edited.</summary>
public sealed record ObjectiveForm(
    IReadOnlyList<CycleResponse> Cycles, Guid? CurrentCycleId, IReadOnlyList<Choice> Teams, IReadOnlyList<Choice> People,
    IReadOnlyList<ParentChoice> Parents, ObjectiveDraft? Editing, int? Version);

public sealed class ObjectiveFormData(OkraDbContext db, Today today)
{
    /// <summary>The form, for a new objective or for changing <paramref name="id"/>; null when that objective does not exist.</summary>
    public async Task<ObjectiveForm?> ReadAsync(Guid? id, CancellationToken ct)
    {
        Objective? editing = null;
        if (id is { } existing && (editing = await db.Objectives.AsNoTracking().Include(o => o.OwnerTeams).FirstOrDefaultAsync(o => o.Id == existing, ct)) is null)
            return null;
        var cycles = await ListCycles.Handle(db, includeArchived: false, ct);
        var current = await CurrentCycle.FindAsync(db, today.Date, ct);
        var teams = await db.Teams.AsNoTracking().Where(t => !t.IsArchived).OrderBy(t => t.Name).Select(t => new Choice(t.Id, t.Name)).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);
        var cycleIds = cycles.Select(c => c.Id).ToList();
        var objectives = await db.Objectives.AsNoTracking()
            .Where(o => cycleIds.Contains(o.CycleId) && o.Status != ObjectiveStatus.Archived && o.Id != id)
            .OrderBy(o => o.Level).ThenBy(o => o.Title).Select(o => new { o.Id, o.Title, o.CycleId }).ToListAsync(ct);
        var objectiveIds = objectives.Select(o => o.Id).ToList();
        var keyResults = (await db.KeyResults.AsNoTracking().Where(k => objectiveIds.Contains(k.ObjectiveId) && k.State == KeyResultState.Active)
            .OrderBy(k => k.CreatedAt).Select(k => new { k.Id, k.Title, k.ObjectiveId }).ToListAsync(ct)).ToLookup(k => k.ObjectiveId);
        var parents = objectives.SelectMany(o => keyResults[o.Id].Select(k => new ParentChoice(ObjectiveDraft.KeyResultParent(k.Id), k.Title, o.CycleId, true))
            .Prepend(new ParentChoice(ObjectiveDraft.ObjectiveParent(o.Id), o.Title, o.CycleId, false))).ToList();
        return new ObjectiveForm(cycles, current?.Id, teams, people, parents, editing is null ? null : ObjectiveDraft.From(editing), editing?.Version);
    }
}

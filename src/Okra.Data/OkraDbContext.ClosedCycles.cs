using Microsoft.EntityFrameworkCore;
using Okra.Domain.CheckIns;
using Okra.Domain.Common;
using Okra.Domain.Initiatives;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;

namespace Okra.Data;

public abstract partial class OkraDbContext
{
    /// <summary>
    /// Refuses a save that adds, changes or removes an objective, key result, check-in or initiative of a cycle that was
    /// already closed in the database — one guard for every write handler, so that none can forget it. Closing itself
    /// (which moves the cycle's objectives to closed in the same save) passes, because the stored cycle is still open.
    /// </summary>
    private async Task EnsureCyclesOpenAsync(CancellationToken ct)
    {
        if (!Audit.Enabled) return;
        ChangeTracker.DetectChanges();
        var changed = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity).ToList();
        var cycleIds = changed.OfType<Objective>().Select(o => o.CycleId).Distinct().ToList();
        var objectiveIds = changed.OfType<KeyResult>().Select(k => k.ObjectiveId)
            .Concat(changed.OfType<ObjectiveTeam>().Select(t => t.ObjectiveId)).Distinct().ToList();
        var keyResultIds = changed.OfType<CheckIn>().Select(c => c.KeyResultId)
            .Concat(changed.OfType<Initiative>().Select(i => i.KeyResultId)).Distinct().ToList();
        if (cycleIds.Count + objectiveIds.Count + keyResultIds.Count == 0) return;

        var closed = Cycles.Where(c => c.ClosedAt != null).Select(c => c.Id);
        var closedObjectives = Objectives.Where(o => closed.Contains(o.CycleId));
        var touchesClosed =
            (cycleIds.Count > 0 && await closed.AnyAsync(id => cycleIds.Contains(id), ct))
            || (objectiveIds.Count > 0 && await closedObjectives.AnyAsync(o => objectiveIds.Contains(o.Id), ct))
            || (keyResultIds.Count > 0 && await KeyResults.AnyAsync(k => keyResultIds.Contains(k.Id) && closedObjectives.Select(o => o.Id).Contains(k.ObjectiveId), ct));
        if (touchesClosed) throw new DomainValidationException("cycleId", "The cycle is closed: its objectives, key results and check-ins are read-only.");
    }
}

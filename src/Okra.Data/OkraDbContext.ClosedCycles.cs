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
    // A check-in's save: one key result, nothing else under a cycle.
    private static readonly CompiledQuery<Guid, bool> KeyResultIsClosed = new((db, keyResultId) => db.KeyResults.Any(k => k.Id == keyResultId
        && db.Objectives.Where(o => db.Cycles.Where(c => c.ClosedAt != null).Select(c => c.Id).Contains(o.CycleId)).Select(o => o.Id).Contains(k.ObjectiveId)));

    private Guid? keyResultReadOpen;

    /// <summary>
    /// Tells the guard that this unit of work read <paramref name="keyResultId"/>'s cycle and found it open, so that a
    /// save touching that key result only does not ask the database again. The guard asked a separate statement before
    /// the save anyway, so a cycle closed in between passes either way.
    /// </summary>
    public void ReadInOpenCycle(Guid keyResultId) => keyResultReadOpen = keyResultId;

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
        if (cycleIds.Count + objectiveIds.Count == 0 && keyResultIds is [var only])
        {
            if (only != keyResultReadOpen && await KeyResultIsClosed.RunAsync(this, only, ct)) throw Closed();
            return;
        }

        var closed = Cycles.Where(c => c.ClosedAt != null).Select(c => c.Id);
        var closedObjectives = Objectives.Where(o => closed.Contains(o.CycleId));
        var touchesClosed =
            (cycleIds.Count > 0 && await closed.AnyAsync(id => cycleIds.Contains(id), ct))
            || (objectiveIds.Count > 0 && await closedObjectives.AnyAsync(o => objectiveIds.Contains(o.Id), ct))
            || (keyResultIds.Count > 0 && await KeyResults.AnyAsync(k => keyResultIds.Contains(k.Id) && closedObjectives.Select(o => o.Id).Contains(k.ObjectiveId), ct));
        if (touchesClosed) throw Closed();
    }

    private static DomainValidationException Closed() =>
        new("cycleId", "The cycle is closed: its objectives, key results and check-ins are read-only.");
}

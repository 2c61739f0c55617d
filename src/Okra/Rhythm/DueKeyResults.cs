using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Rhythm;

namespace Okra.Rhythm;

/// <summary>A key result that needs a check-in in the period of its cycle's cadence.</summary>
public sealed record DueKeyResult(Guid KeyResultId, string Title, Guid OwnerPersonId, Guid ObjectiveId, string ObjectiveTitle, DateOnly? LastCheckIn);

/// <summary>
/// Which active key results of active objectives in running cycles are due on a day, by <see cref="CheckInPeriod"/> and each
/// cycle's cadence — for reminders, the leads' missing check-ins and the digest. Three queries, whatever the size.
/// </summary>
public sealed class DueKeyResults(OkraDbContext db)
{
    /// <summary>Due key results on <paramref name="day"/>, of the owners in <paramref name="owners"/> (everyone when null).</summary>
    public async Task<IReadOnlyList<DueKeyResult>> ReadAsync(DateOnly day, IReadOnlyCollection<Guid>? owners, CancellationToken ct)
    {
        var cycles = await db.Cycles.AsNoTracking().Where(c => !c.IsArchived && c.StartDate <= day && c.EndDate >= day).ToListAsync(ct);
        if (cycles.Count == 0) return [];
        var cycleIds = cycles.Select(c => c.Id).ToList();
        var keyResults = await db.KeyResults.AsNoTracking()
            .Where(k => k.State == KeyResultState.Active && (owners == null || owners.Contains(k.OwnerPersonId)))
            .Join(db.Objectives.Where(o => o.Status == ObjectiveStatus.Active && cycleIds.Contains(o.CycleId)),
                k => k.ObjectiveId, o => o.Id, (k, o) => new { k.Id, k.Title, k.OwnerPersonId, k.ObjectiveId, ObjectiveTitle = o.Title, o.CycleId })
            .Join(db.People.Where(p => !p.IsArchived), k => k.OwnerPersonId, p => p.Id, (k, p) => k)
            .ToListAsync(ct);
        var ids = keyResults.Select(k => k.Id).ToList();
        // A month is the longest period: check-ins older than that cannot make anything not due.
        var since = day.AddMonths(-1).AddDays(-1);
        var dates = (await db.CheckIns.AsNoTracking()
                .Where(c => !c.IsRetracted && c.Date >= since && ids.Contains(c.KeyResultId))
                .Select(c => new { c.KeyResultId, c.Date }).ToListAsync(ct))
            .ToLookup(c => c.KeyResultId, c => c.Date);
        var byId = cycles.ToDictionary(c => c.Id);
        return keyResults
            .Where(k => CheckInPeriod.IsDue(byId[k.CycleId].Cadence, byId[k.CycleId].StartDate, dates[k.Id].Where(d => d <= day), day))
            .Select(k => new DueKeyResult(k.Id, k.Title, k.OwnerPersonId, k.ObjectiveId, k.ObjectiveTitle,
                dates[k.Id].Where(d => d <= day).Select(d => (DateOnly?)d).Max()))
            .OrderBy(k => k.ObjectiveTitle, StringComparer.CurrentCulture).ThenBy(k => k.Title, StringComparer.CurrentCulture)
            .ToList();
    }
}

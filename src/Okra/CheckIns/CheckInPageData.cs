using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.CheckIns;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Hosting;
using Okra.Tree;

namespace Okra.CheckIns;

/// <summary>
/// The weekly check-in screen's read: the signed-in person's active key results of active objectives in the cycles running
/// today that are due by <see cref="CheckInWeek"/>, evaluated by <see cref="SnapshotReader"/> like every other screen.
/// </summary>
public sealed class CheckInPageData(OkraDbContext db, SnapshotReader reader, Today today)
{
    public async Task<CheckInView> ReadAsync(Guid personId, string personName, CancellationToken ct)
    {
        var date = today.Date;
        var week = CheckInWeek.Of(date);
        var snapshot = await reader.ReadAsync(Mine(personId, date), ct);
        var done = await CheckedInThisWeek(personId, week).ToListAsync(ct);
        var rows = snapshot.Objectives
            .SelectMany(o => snapshot.KeyResultsByObjective[o.Id]
                .Where(k => k.OwnerPersonId == personId && CheckInWeek.IsDue(true, done.Where(d => d.KeyResultId == k.Id).Select(d => d.Date), date))
                .Select(k => new CheckInRow(o.Id, o.Title, snapshot.Cycles[o.CycleId].Name, snapshot.Cycles[o.CycleId].Dates,
                    KeyResultProgressResponse.From(k, snapshot.KeyResultProgress[k.Id], snapshot.ConfidenceOf(k.Id), personName))))
            .OrderBy(r => r.Cycle.Days).ThenBy(r => r.ObjectiveTitle, StringComparer.CurrentCulture)
            .ToList();
        return new CheckInView(date, week, rows);
    }

    /// <summary>How many key results the person still has to check in on this week (the navigation's badge).</summary>
    public async Task<int> CountDueAsync(Guid personId, CancellationToken ct)
    {
        var date = today.Date;
        var week = CheckInWeek.Of(date);
        var checkedIn = CheckInsOf(personId, week).Select(c => c.KeyResultId);
        return await db.KeyResults.CountAsync(k => k.OwnerPersonId == personId && k.State == KeyResultState.Active
            && Mine(personId, date).Select(o => o.Id).Contains(k.ObjectiveId) && !checkedIn.Contains(k.Id), ct);
    }

    private IQueryable<Objective> Mine(Guid personId, DateOnly date)
    {
        var running = db.Cycles.Where(c => !c.IsArchived && c.StartDate <= date && c.EndDate >= date).Select(c => c.Id);
        var owned = db.KeyResults.Where(k => k.OwnerPersonId == personId && k.State == KeyResultState.Active).Select(k => k.ObjectiveId);
        return db.Objectives.Where(o => o.Status == ObjectiveStatus.Active && running.Contains(o.CycleId) && owned.Contains(o.Id));
    }

    private IQueryable<CheckInDay> CheckedInThisWeek(Guid personId, DateRange week) =>
        CheckInsOf(personId, week).Select(c => new CheckInDay(c.KeyResultId, c.Date));

    private IQueryable<CheckIn> CheckInsOf(Guid personId, DateRange week) =>
        db.CheckIns.Where(c => !c.IsRetracted && c.Date >= week.Start && c.Date <= week.End
            && db.KeyResults.Any(k => k.Id == c.KeyResultId && k.OwnerPersonId == personId));
}

/// <summary>A key result's check-in on a day.</summary>
public sealed record CheckInDay(Guid KeyResultId, DateOnly Date);

/// <summary>One due key result with the objective and cycle it belongs to.</summary>
public sealed record CheckInRow(Guid ObjectiveId, string ObjectiveTitle, string CycleName, DateRange Cycle, KeyResultProgressResponse KeyResult);

/// <summary>The check-in screen: today, this week and the key results due in it.</summary>
public sealed record CheckInView(DateOnly Today, DateRange Week, IReadOnlyList<CheckInRow> Rows);

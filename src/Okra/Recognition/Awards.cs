using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;
using Okra.Domain.Recognition;

namespace Okra.Recognition;

/// <summary>
/// Awards achievements once: to a key result's owner when it is achieved, to an objective's owners when it meets its bar at
/// close. The rows are the record of the event; whoever notifies people reads them.
/// </summary>
public static class Awards
{
    /// <summary>Adds (without saving) the key result's achievement unless it was awarded before; true when added.</summary>
    public static async Task<bool> KeyResultAsync(OkraDbContext db, KeyResult keyResult, Status status, Guid cycleId, DateTimeOffset now, CancellationToken ct)
    {
        if (status != Status.Achieved) return false;
        if (await db.Achievements.AnyAsync(a => a.Kind == AchievementKind.KeyResultAchieved && a.KeyResultId == keyResult.Id, ct)) return false;
        db.Achievements.Add(Achievement.ForKeyResult(cycleId, keyResult.ObjectiveId, keyResult.Id, keyResult.OwnerPersonId, keyResult.Title, now));
        return true;
    }

    /// <summary>After a check-in: awards and saves the achievement when the key result is now achieved.</summary>
    public static async Task AfterCheckInAsync(OkraDbContext db, KeyResult keyResult, Status status, Guid cycleId, DateTimeOffset now, CancellationToken ct)
    {
        if (await KeyResultAsync(db, keyResult, status, cycleId, now, ct)) await db.SaveChangesAsync(ct);
    }
}

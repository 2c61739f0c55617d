using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;
using Okra.Domain.Recognition;
using Okra.Notifications;

namespace Okra.Recognition;

/// <summary>
/// Awards achievements once: to a key result's owner when it is achieved, to an objective's owners when it meets its bar at
/// close. Each award is staged (not saved) together with its announcement, so the caller's one save writes both.
/// </summary>
public static class Awards
{
    // Asked for each achieved key result when a cycle closes (a check-in reads it with its key result): compiled.
    private static readonly CompiledQuery<Guid, bool> KeyResultAwarded =
        new((db, keyResultId) => db.Achievements.Any(a => a.Kind == AchievementKind.KeyResultAchieved && a.KeyResultId == keyResultId));

    /// <summary>
    /// Stages the key result's achievement and its announcement unless it was awarded before; <paramref name="awarded"/>
    /// is whether it was, when the caller has read that already.
    /// </summary>
    public static async Task KeyResultAsync(
        OkraDbContext db, INotificationPublisher events, KeyResult keyResult, Status status, Guid cycleId, DateTimeOffset now, CancellationToken ct,
        bool? awarded = null)
    {
        if (status != Status.Achieved) return;
        if (awarded ?? await KeyResultAwarded.RunAsync(db, keyResult.Id, ct)) return;
        await AwardAsync(db, events, Achievement.ForKeyResult(cycleId, keyResult.ObjectiveId, keyResult.Id, keyResult.OwnerPersonId, keyResult.Title, now), ct);
    }

    /// <summary>Stages an achievement and its announcement to whoever it recognises.</summary>
    public static async Task AwardAsync(OkraDbContext db, INotificationPublisher events, Achievement achievement, CancellationToken ct)
    {
        db.Achievements.Add(achievement);
        await RecognitionEvents.AchievementAsync(events, db, achievement, ct);
    }
}

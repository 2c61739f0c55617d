using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Integrations;
using Okra.Domain.Recognition;
using Okra.Domain.Reviews;
using Okra.Notifications;

namespace Okra.Recognition;

/// <summary>
/// What recognition and published reviews announce — to the bells of the people concerned and to webhook subscribers.
/// Staged in the caller's unit of work (see <see cref="INotificationPublisher"/>), so they commit with the change itself.
/// </summary>
public static class RecognitionEvents
{
    /// <summary>An achievement: to the person recognised, or to every member of the team recognised.</summary>
    public static async Task AchievementAsync(INotificationPublisher events, OkraDbContext db, Achievement achievement, CancellationToken ct)
    {
        var (name, people) = await RecipientsAsync(db, achievement.PersonId, achievement.TeamId, ct);
        var link = achievement.KeyResultId is { } keyResultId ? $"/key-results/{keyResultId}" : $"/objectives/{achievement.ObjectiveId}";
        var data = new Dictionary<string, string?>
        {
            ["achievementId"] = achievement.Id.ToString(),
            ["kind"] = achievement.Kind.ToString(),
            ["cycleId"] = achievement.CycleId.ToString(),
            ["personId"] = achievement.PersonId?.ToString(),
            ["teamId"] = achievement.TeamId?.ToString(),
            ["objectiveId"] = achievement.ObjectiveId?.ToString(),
            ["keyResultId"] = achievement.KeyResultId?.ToString(),
            ["score"] = achievement.Score?.ToString(CultureInfo.InvariantCulture),
        };
        await events.PublishAsync(new OkraEvent(OkraEventType.Achievement, name, achievement.Title, null, link, people, data), ct);
    }

    /// <summary>Kudos: to the person recognised, or to the team's members other than the giver.</summary>
    public static async Task KudosAsync(INotificationPublisher events, OkraDbContext db, Kudos kudos, CancellationToken ct)
    {
        var giver = await NameOfAsync(db, kudos.FromPersonId, ct);
        var (recipient, people) = await RecipientsAsync(db, kudos.ToPersonId, kudos.ToTeamId, ct);
        var data = new Dictionary<string, string?>
        {
            ["kudosId"] = kudos.Id.ToString(),
            ["fromPersonId"] = kudos.FromPersonId.ToString(),
            ["toPersonId"] = kudos.ToPersonId?.ToString(),
            ["toTeamId"] = kudos.ToTeamId?.ToString(),
            ["keyResultId"] = kudos.KeyResultId.ToString(),
            ["cycleId"] = kudos.CycleId.ToString(),
        };
        await events.PublishAsync(new OkraEvent(OkraEventType.Kudos, giver, kudos.Message, recipient, "/recognition",
            people.Where(p => p != kudos.FromPersonId).ToList(), data, $"{giver}: {kudos.Message}"), ct);
    }

    /// <summary>A published review: to every member of its teams, except whoever published it.</summary>
    public static async Task ReviewPublishedAsync(INotificationPublisher events, OkraDbContext db, Review review, CancellationToken ct)
    {
        var teamIds = await db.ReviewTeams.AsNoTracking().Where(t => t.ReviewId == review.Id).Select(t => t.TeamId).ToListAsync(ct);
        var members = await db.TeamMembers.AsNoTracking().Where(m => teamIds.Contains(m.TeamId)).Select(m => m.PersonId).Distinct().ToListAsync(ct);
        var publisher = review.PublishedById is { } publisherId ? await NameOfAsync(db, publisherId, ct) : "";
        var data = new Dictionary<string, string?>
        {
            ["reviewId"] = review.Id.ToString(),
            ["cycleId"] = review.CycleId.ToString(),
            ["kind"] = review.Kind.ToString(),
            ["date"] = review.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["teamIds"] = string.Join(",", teamIds),
        };
        await events.PublishAsync(new OkraEvent(OkraEventType.ReviewPublished, publisher, review.Title, null, $"/reviews/{review.Id}",
            members.Where(p => p != review.PublishedById).ToList(), data), ct);
    }

    private static async Task<(string Name, IReadOnlyList<Guid> People)> RecipientsAsync(OkraDbContext db, Guid? personId, Guid? teamId, CancellationToken ct)
    {
        if (personId is { } person) return (await NameOfAsync(db, person, ct), [person]);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.Name).FirstOrDefaultAsync(ct) ?? "";
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == teamId).Select(m => m.PersonId).ToListAsync(ct);
        return (team, members);
    }

    private static async Task<string> NameOfAsync(OkraDbContext db, Guid personId, CancellationToken ct) =>
        await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? "";
}

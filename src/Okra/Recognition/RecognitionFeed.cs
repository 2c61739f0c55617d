using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Tree;

namespace Okra.Recognition;

/// <summary>The recognition feed and the per-cycle summary: achievements and kudos, newest first.</summary>
public sealed class RecognitionFeed(OkraDbContext db, TreeBuilder tree)
{
    /// <summary>How many entries the feed shows.</summary>
    public const int Size = 100;

    public async Task<List<FeedEntry>> ReadAsync(Guid? cycleId, CancellationToken ct, Guid? kudosId = null)
    {
        var names = await tree.NamesAsync(ct);
        var keyResults = db.KeyResults.AsNoTracking();
        var kudos = await db.Kudos.AsNoTracking().Where(k => (cycleId == null || k.CycleId == cycleId) && (kudosId == null || k.Id == kudosId))
            .Join(keyResults, k => k.KeyResultId, r => r.Id, (k, r) => new { k, r.Title, r.ObjectiveId }).ToListAsync(ct);
        var achievements = kudosId is not null ? [] : await db.Achievements.AsNoTracking().Where(a => cycleId == null || a.CycleId == cycleId).ToListAsync(ct);
        string Recipient(Guid? person, Guid? team) => person is { } p ? names.Person(p) : names.Teams.GetValueOrDefault(team ?? Guid.Empty, "?");
        return kudos.Select(x => new FeedEntry(x.k.Id, "kudos", null, x.k.CreatedAt, x.k.CycleId, x.k.ToPersonId, x.k.ToTeamId, Recipient(x.k.ToPersonId, x.k.ToTeamId),
                x.k.FromPersonId, names.Person(x.k.FromPersonId), x.k.KeyResultId, x.ObjectiveId, x.Title, x.k.Message, null))
            .Concat(achievements.Select(a => new FeedEntry(a.Id, "achievement", a.Kind, a.AwardedAt, a.CycleId, a.PersonId, a.TeamId, Recipient(a.PersonId, a.TeamId),
                null, null, a.KeyResultId, a.ObjectiveId, a.Title, null, a.Score)))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(Size).ToList();
    }

    public async Task<RecognitionSummary> SummaryAsync(Guid cycleId, CancellationToken ct)
    {
        var names = await tree.NamesAsync(ct);
        var achievements = await db.Achievements.AsNoTracking().Where(a => a.CycleId == cycleId).Select(a => new { a.PersonId, a.TeamId }).ToListAsync(ct);
        var kudos = await db.Kudos.AsNoTracking().Where(k => k.CycleId == cycleId).Select(k => new { k.ToPersonId, k.ToTeamId }).ToListAsync(ct);
        List<RecognitionCount> Count(IEnumerable<Guid?> awarded, IEnumerable<Guid?> received, Func<Guid, string> name)
        {
            var a = awarded.OfType<Guid>().CountBy(id => id).ToDictionary();
            var k = received.OfType<Guid>().CountBy(id => id).ToDictionary();
            return [.. a.Keys.Union(k.Keys)
                .Select(id => new RecognitionCount(id, name(id), a.GetValueOrDefault(id), k.GetValueOrDefault(id)))
                .OrderByDescending(c => c.Achievements + c.KudosReceived).ThenBy(c => c.Name, StringComparer.CurrentCulture)];
        }
        return new RecognitionSummary(cycleId,
            Count(achievements.Select(a => a.TeamId), kudos.Select(k => k.ToTeamId), id => names.Teams.GetValueOrDefault(id, "?")),
            Count(achievements.Select(a => a.PersonId), kudos.Select(k => k.ToPersonId), names.Person));
    }

    public static async Task<Ok<List<FeedEntry>>> Feed(RecognitionFeed feed, CancellationToken ct, Guid? cycleId = null) =>
        TypedResults.Ok(await feed.ReadAsync(cycleId, ct));

    public static async Task<Results<Ok<RecognitionSummary>, ProblemHttpResult>> Summary(Guid cycleId, OkraDbContext db, RecognitionFeed feed, CancellationToken ct) =>
        await db.Cycles.AnyAsync(c => c.Id == cycleId, ct) ? TypedResults.Ok(await feed.SummaryAsync(cycleId, ct)) : Api.Problems.NotFound("Cycle", cycleId);
}

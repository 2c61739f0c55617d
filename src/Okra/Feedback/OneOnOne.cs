using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Hosting;
using Okra.People;
using Okra.Tree;

namespace Okra.Feedback;

public sealed record RecentCheckIn(Guid Id, Guid KeyResultId, string KeyResultTitle, DateOnly Date, decimal Value, int? Confidence, string? Comment, string? Blockers);

/// <summary>What a 1:1 talks about: the person's key results now, their recent check-ins, feedback and development areas.</summary>
public sealed record OneOnOneResponse(
    Guid PersonId, string Name, string? JobTitle, IReadOnlyList<KeyResultProgressResponse> KeyResults, IReadOnlyList<RecentCheckIn> RecentCheckIns,
    IReadOnlyList<FeedbackResponse> Feedback, IReadOnlyList<DevelopmentAreaResponse> DevelopmentAreas);

public static class OneOnOne
{
    /// <summary>How many of the latest check-ins the page shows.</summary>
    public const int RecentCount = 10;

    public static async Task<Results<Ok<OneOnOneResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, OkraDbContext db, OneOnOneAccess access, SnapshotReader reader, TreeBuilder names, Today today, CancellationToken ct)
    {
        if (await access.SeeAsync(id, ct) is { } problem) return problem;
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == id, ct);
        var keyResults = await PersonKeyResults.Handle(id, db, reader, names, today, ct);
        var recent = await db.CheckIns.AsNoTracking()
            .Where(c => !c.IsRetracted && db.KeyResults.Where(k => k.OwnerPersonId == id).Select(k => k.Id).Contains(c.KeyResultId))
            .OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).Take(RecentCount)
            .Join(db.KeyResults, c => c.KeyResultId, k => k.Id, (c, k) => new RecentCheckIn(c.Id, c.KeyResultId, k.Title, c.Date, c.Value, c.Confidence, c.Comment, c.Blockers))
            .ToListAsync(ct);
        var areas = await DevelopmentAreas.List(id, db, access, ct);
        return TypedResults.Ok(new OneOnOneResponse(
            id, person.Name, person.JobTitle,
            keyResults.Result is Ok<List<KeyResultProgressResponse>> ok ? ok.Value! : [],
            recent,
            await FeedbackReader.ReadAsync(db, await access.ActorAsync(ct), ct, subjectPersonId: id),
            areas.Result is Ok<List<DevelopmentAreaResponse>> listed ? listed.Value! : []));
    }
}

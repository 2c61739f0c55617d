using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Recognition;
using Okra.Hosting;
using Okra.Notifications;
using Okra.Security;

namespace Okra.Recognition;

public static class GiveKudos
{
    /// <summary>Kudos from anyone who may write, to a person or a team, tied to a key result.</summary>
    public static async Task<Results<Created<FeedEntry>, ProblemHttpResult, ValidationProblem>> Handle(
        KudosRequest request, OkraDbContext db, CurrentActor current, RecognitionFeed feed, Today today,
        INotificationPublisher events, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!actor.CanWrite || actor.PersonId == Guid.Empty) return Problems.Forbidden("A read-only account sends no kudos.");
        if (request.KeyResultId is not { } keyResultId) return Problems.Invalid("keyResultId", "is required.");
        var cycleId = await db.KeyResults.Where(k => k.Id == keyResultId)
            .Join(db.Objectives, k => k.ObjectiveId, o => o.Id, (k, o) => (Guid?)o.CycleId).FirstOrDefaultAsync(ct);
        if (cycleId is null) return Problems.Invalid("keyResultId", $"There is no key result with id {keyResultId}.");
        if (request.ToPersonId is { } personId && !await db.People.AnyAsync(p => p.Id == personId, ct))
            return Problems.Invalid("toPersonId", $"There is no person with id {personId}.");
        if (request.ToTeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, ct))
            return Problems.Invalid("toTeamId", $"There is no team with id {teamId}.");
        var kudos = new Kudos(actor.PersonId, request.ToPersonId, request.ToTeamId, keyResultId, cycleId.Value, request.Message ?? "", today.Now);
        db.Kudos.Add(kudos);
        await RecognitionEvents.KudosAsync(events, db, kudos, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created("/api/v1/recognition", (await feed.ReadAsync(null, ct, kudosId: kudos.Id)).Single());
    }
}

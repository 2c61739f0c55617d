using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Reviews;
using Okra.Hosting;
using Okra.Notifications;

namespace Okra.Reviews;

/// <summary>What a meeting records: notes, decisions, action items, and publishing it.</summary>
public static class RecordInReview
{
    public static async Task<Results<Ok<ReviewResponse>, ProblemHttpResult>> Notes(
        Guid id, NotesRequest request, OkraDbContext db, ReviewAccess access, ReviewDetails details, CancellationToken ct)
    {
        var (review, problem) = await access.RunAsync(id, ct);
        if (problem is not null) return problem;
        review!.WriteNotes(request.Notes);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await details.ReadAsync(id, ct))!);
    }

    public static async Task<Results<Created<DecisionResponse>, ProblemHttpResult, ValidationProblem>> Decision(
        Guid id, DecisionRequest request, OkraDbContext db, ReviewAccess access, Today today, CancellationToken ct)
    {
        var (review, problem) = await access.RunAsync(id, ct);
        if (problem is not null) return problem;
        if (request.KeyResultId is { } keyResultId && !await db.KeyResults.AnyAsync(k => k.Id == keyResultId, ct))
            return Problems.Invalid("keyResultId", $"There is no key result with id {keyResultId}.");
        var decision = review!.Decide(request.Text ?? "", request.KeyResultId, today.Now);
        db.ReviewDecisions.Add(decision);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/reviews/{id}", new DecisionResponse(decision.Id, decision.Text, decision.KeyResultId, decision.CreatedAt));
    }

    public static async Task<Results<Created<ActionItemResponse>, ProblemHttpResult, ValidationProblem>> ActionItem(
        Guid id, ActionItemRequest request, OkraDbContext db, ReviewAccess access, Today today, CancellationToken ct)
    {
        var (review, problem) = await access.RunAsync(id, ct);
        if (problem is not null) return problem;
        review!.EnsureOpen();
        if (request.OwnerPersonId is not { } ownerId) return Problems.Invalid("ownerPersonId", "is required.");
        if (await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == ownerId, ct) is not { } owner)
            return Problems.Invalid("ownerPersonId", $"There is no person with id {ownerId}.");
        var item = new ActionItem(id, request.Text ?? "", ownerId, request.DueDate, today.Now);
        db.ActionItems.Add(item);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/action-items/{item.Id}", new ActionItemResponse(item.Id, item.Text, ownerId, owner.Name, item.DueDate, item.Done));
    }

    /// <summary>Ticks an action item done (or open again): whoever runs the review, and the item's owner, also after publishing.</summary>
    public static async Task<Results<Ok<ActionItemResponse>, ProblemHttpResult>> Tick(
        Guid id, ActionItemRequest request, OkraDbContext db, ReviewAccess access, CancellationToken ct)
    {
        if (await db.ActionItems.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } item) return Problems.NotFound("Action item", id);
        var teamIds = await db.ReviewTeams.Where(t => t.ReviewId == item.ReviewId).Select(t => t.TeamId).ToListAsync(ct);
        if (!await access.CanTickAsync(teamIds, item.OwnerPersonId, ct))
            return Problems.Forbidden("Only the action item's owner, a lead of one of the review's teams or an admin may tick it.");
        item.MarkDone(request.Done ?? true);
        await db.SaveChangesAsync(ct);
        var owner = await db.People.AsNoTracking().Where(p => p.Id == item.OwnerPersonId).Select(p => p.Name).FirstAsync(ct);
        return TypedResults.Ok(new ActionItemResponse(item.Id, item.Text, item.OwnerPersonId, owner, item.DueDate, item.Done));
    }

    public static async Task<Results<Ok<ReviewResponse>, ProblemHttpResult>> Publish(
        Guid id, OkraDbContext db, ReviewAccess access, ReviewDetails details, Today today, INotificationPublisher events, CancellationToken ct)
    {
        var (review, problem) = await access.RunAsync(id, ct);
        if (problem is not null) return problem;
        review!.Publish(await access.PersonIdAsync(ct), today.Now);
        await Recognition.RecognitionEvents.ReviewPublishedAsync(events, db, review, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await details.ReadAsync(id, ct))!);
    }
}

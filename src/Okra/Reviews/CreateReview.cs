using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Reviews;
using Okra.Hosting;

namespace Okra.Reviews;

public static class CreateReview
{
    /// <summary>Creates a review of one or more teams; a lead of one of them or an admin runs it.</summary>
    public static async Task<Results<Created<ReviewResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        ReviewRequest request, OkraDbContext db, ReviewAccess access, ReviewDetails details, Today today, CancellationToken ct)
    {
        var teamIds = request.TeamIds?.Distinct().ToList() ?? [];
        if (teamIds.Count == 0) return Problems.Invalid("teamIds", "name at least one team.");
        if (await db.Teams.CountAsync(t => teamIds.Contains(t.Id), ct) != teamIds.Count) return Problems.Invalid("teamIds", "names a team that does not exist.");
        if (!await access.CanRunAsync(teamIds, ct)) return Problems.Forbidden("Only a lead of one of the review's teams or an admin may run the review.");
        if (request.CycleId is not { } cycleId) return Problems.Invalid("cycleId", "is required.");
        if (!await db.Cycles.AnyAsync(c => c.Id == cycleId, ct)) return Problems.Invalid("cycleId", $"There is no cycle with id {cycleId}.");
        var review = new Review(cycleId, request.Title ?? "", request.Kind ?? ReviewKind.Weekly, request.Date ?? today.Date, teamIds,
            await access.PersonIdAsync(ct), today.Now);
        db.Reviews.Add(review);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/reviews/{review.Id}", (await details.ReadAsync(review.Id, ct))!);
    }
}

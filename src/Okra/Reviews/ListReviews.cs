using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Data;

namespace Okra.Reviews;

public static class ListReviews
{
    /// <summary>Reviews of a cycle (or all), newest meeting first.</summary>
    public static async Task<Ok<List<ReviewSummaryResponse>>> Handle(OkraDbContext db, CancellationToken ct, Guid? cycleId = null)
    {
        var reviews = await db.Reviews.AsNoTracking().Include(r => r.Teams).Where(r => cycleId == null || r.CycleId == cycleId).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return TypedResults.Ok(reviews.OrderByDescending(r => r.Date).ThenByDescending(r => r.CreatedAt)
            .Select(r => new ReviewSummaryResponse(r.Id, r.CycleId, r.Title, r.Kind, r.Date,
                [.. r.Teams.Select(t => teams.GetValueOrDefault(t.TeamId, "?")).Order(StringComparer.CurrentCulture)], r.PublishedAt))
            .ToList());
    }

    public static async Task<Results<Ok<ReviewResponse>, ProblemHttpResult>> One(Guid id, ReviewDetails details, CancellationToken ct) =>
        await details.ReadAsync(id, ct) is { } review ? TypedResults.Ok(review) : Api.Problems.NotFound("Review", id);
}

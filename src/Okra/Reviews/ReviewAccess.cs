using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Reviews;
using Okra.Security;

namespace Okra.Reviews;

/// <summary>Loads a review for a change and checks that the actor runs it.</summary>
public sealed class ReviewAccess(CurrentActor current, OkraDbContext db)
{
    /// <summary>The tracked review, or the 404/403 to answer.</summary>
    public async Task<(Review? Review, ProblemHttpResult? Problem)> RunAsync(Guid id, CancellationToken ct)
    {
        if (await db.Reviews.Include(r => r.Teams).FirstOrDefaultAsync(r => r.Id == id, ct) is not { } review)
            return (null, Problems.NotFound("Review", id));
        return ReviewRules.CanRun(await current.GetAsync(ct), [.. review.Teams.Select(t => t.TeamId)])
            ? (review, null)
            : (null, Problems.Forbidden("Only a lead of one of the review's teams or an admin may run the review."));
    }

    public async Task<bool> CanRunAsync(IReadOnlyCollection<Guid> teamIds, CancellationToken ct) => ReviewRules.CanRun(await current.GetAsync(ct), teamIds);

    public async Task<bool> CanTickAsync(IReadOnlyCollection<Guid> teamIds, Guid ownerId, CancellationToken ct) =>
        ReviewRules.CanTick(await current.GetAsync(ct), teamIds, ownerId);

    public async Task<Guid> PersonIdAsync(CancellationToken ct) => (await current.AccountAsync(ct)).PersonId;
}

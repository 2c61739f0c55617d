using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Common;
using Okra.Domain.KeyResults;
using Okra.Hosting;
using Okra.KeyResults;
using Okra.Security;

namespace Okra.Reviews;

public static class ReEvaluateGoal
{
    /// <summary>
    /// Changes a key result's target or retires it from a review, through the key results' own use cases (their access rules,
    /// version check and audit trail with the reason), and records the change as a decision of the review in the same save.
    /// </summary>
    public static async Task<Results<Ok<ReviewResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, ReEvaluationRequest request, OkraDbContext db, ReviewAccess reviews, OkrAccess okrs, KeyResultDetails keyResults,
        ReviewDetails details, Today today, CancellationToken ct)
    {
        var (review, problem) = await reviews.RunAsync(id, ct);
        if (problem is not null) return problem;
        review!.EnsureOpen();
        if (request.KeyResultId is not { } keyResultId) return Problems.Invalid("keyResultId", "is required.");
        if (await db.KeyResults.AsNoTracking().FirstOrDefaultAsync(k => k.Id == keyResultId, ct) is not { } keyResult)
            return Problems.Invalid("keyResultId", $"There is no key result with id {keyResultId}.");
        var reason = Guard.Text(request.Reason, "reason", 1000);

        if (request.Retire is true)
        {
            db.ReviewDecisions.Add(review.Decide($"{keyResult.Title}: ✕ — {reason}", keyResultId, today.Now));
            var archived = await ArchiveKeyResult.Handle(keyResultId, db, okrs, ct, reason);
            return archived.Result is ProblemHttpResult refused ? refused : TypedResults.Ok((await details.ReadAsync(id, ct))!);
        }

        if (request.Target is not { } target) return Problems.Invalid("target", "is required: the new target, or retire the key result.");
        if (request.Version is not { } version) return Problems.Invalid("version", "is required: send the version you based your change on.");
        var (before, change) = Retarget(keyResult, target);
        db.ReviewDecisions.Add(review.Decide($"{keyResult.Title}: {Figure(before)} → {Figure(target)} — {reason}", keyResultId, today.Now));
        var updated = await SaveKeyResult.Update(keyResultId, change with { Version = version, Reason = reason }, db, keyResults, okrs, ct);
        return updated.Result switch
        {
            ProblemHttpResult refused => refused,
            ValidationProblem invalid => invalid,
            _ => TypedResults.Ok((await details.ReadAsync(id, ct))!),
        };
    }

    /// <summary>The key result's definition as an update request with only its target changed, and the target before.</summary>
    private static (decimal? Before, KeyResultRequest Change) Retarget(KeyResult k, decimal target)
    {
        var same = new KeyResultRequest(null, k.Title, k.Description, k.OwnerPersonId, k.Weight, k.Kind, k.Unit, k.Currency,
            k.Baseline, k.Target, null, k.Period, k.TargetPerPeriod, k.Comparison, k.Limit, k.UpperLimit, k.Checklist ? true : null, null, null);
        return k.Kind switch
        {
            KeyResultKind.Metric => (k.Target, same with { Target = target }),
            KeyResultKind.Recurring => (k.TargetPerPeriod, same with { TargetPerPeriod = target }),
            KeyResultKind.Threshold => (k.Limit, same with { Limit = target }),
            _ => throw new DomainValidationException("target", "A milestone has no target to change; retire it instead."),
        };
    }

    private static string Figure(decimal? value) =>
        value?.ToString("0.############", CultureInfo.InvariantCulture) ?? "–";
}

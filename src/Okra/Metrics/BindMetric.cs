using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;
using Okra.Hosting;
using Okra.SalesData;
using Okra.Security;

namespace Okra.Metrics;

/// <summary>Binding a key result to a metric, reading the binding, unbinding, and the drill-down of its values.</summary>
public static class BindMetric
{
    public static async Task<Results<Ok<BindingResponse>, ProblemHttpResult>> Get(Guid id, OkraDbContext db, CancellationToken ct)
    {
        if (!await db.KeyResults.AnyAsync(k => k.Id == id, ct)) return Problems.NotFound("Key result", id);
        return await db.MetricBindings.AsNoTracking().FirstOrDefaultAsync(b => b.KeyResultId == id, ct) is { } binding
            ? TypedResults.Ok(BindingResponse.From(binding))
            : Problems.NotFound("Metric binding", id);
    }

    public static async Task<Results<Ok<BindingResponse>, ProblemHttpResult, ValidationProblem>> Put(Guid id, BindingRequest request,
        OkraDbContext db, OkrAccess access, Today today, AutomaticKeyResults automatic, CancellationToken ct)
    {
        if (await db.KeyResults.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct) is not { } keyResult) return Problems.NotFound("Key result", id);
        if (await access.EditKeyResultAsync(keyResult, ct) is { } forbidden) return forbidden;
        if (request.OwnerPersonId is { } owner && !await db.People.AnyAsync(p => p.Id == owner, ct))
            return Problems.Invalid("ownerPersonId", $"There is no person with id {owner}.");
        if (request.TeamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team, ct))
            return Problems.Invalid("teamId", $"There is no team with id {team}.");
        ActivityType? activityType = request.ActivityType is { } a ? ValueParsing.Enum(a, "activityType", ValueParsing.Names<ActivityType>()) : null;
        DealType? dealType = request.DealType is { } d ? ValueParsing.Enum(d, "dealType", ValueParsing.Names<DealType>()) : null;
        var binding = new MetricBinding(keyResult, MetricNames.Parse(request.Metric), request.OwnerPersonId, request.TeamId,
            request.Market, request.Segment, activityType, dealType, today.Now);

        await db.MetricBindings.Where(b => b.KeyResultId == id).ExecuteDeleteAsync(ct);
        db.MetricBindings.Add(binding);
        await db.SaveChangesAsync(ct);
        await automatic.RecomputeAsync([id], ct);
        return TypedResults.Ok(BindingResponse.From(binding));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, OkraDbContext db, OkrAccess access, CancellationToken ct)
    {
        if (await db.KeyResults.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct) is not { } keyResult) return Problems.NotFound("Key result", id);
        if (await access.EditKeyResultAsync(keyResult, ct) is { } forbidden) return forbidden;
        return await db.MetricBindings.Where(b => b.KeyResultId == id).ExecuteDeleteAsync(ct) > 0
            ? TypedResults.NoContent()
            : Problems.NotFound("Metric binding", id);
    }

    public static async Task<Results<Ok<DrillDownResponse>, ProblemHttpResult, ValidationProblem>> Records(Guid id, DateOnly? date,
        OkraDbContext db, Today today, AutomaticKeyResults automatic, MetricQuery query, CancellationToken ct)
    {
        if (!await db.KeyResults.AnyAsync(k => k.Id == id, ct)) return Problems.NotFound("Key result", id);
        if ((await automatic.BoundAsync([id], ct)).FirstOrDefault() is not { } bound) return Problems.NotFound("Metric binding", id);
        var windows = bound.Windows(today.Date).Select(w => w.Window).ToList();
        if (windows.Count == 0) return Problems.Invalid("date", "The key result's cycle has not started yet.");
        var day = date ?? windows[^1].End;
        if (windows.FirstOrDefault(w => w.Contains(day)) is not { Days: > 0 } window || !window.Contains(day))
            return Problems.Invalid("date", $"must lie in the cycle so far ({windows[0].Start:yyyy-MM-dd} to {windows[^1].End:yyyy-MM-dd}).");
        var owners = (await automatic.OwnersAsync([bound], ct))[id];
        var (result, data) = await query.DrillDownAsync(new MetricRequest(bound.Binding.Metric, bound.Binding.Filter(owners), window), ct);
        return TypedResults.Ok(new DrillDownResponse(bound.Binding.Metric, window.Start, window.End, result.Value,
            MetricCatalogue.Of(bound.Binding.Metric).Unit, DrillDownRecords.Of(result, data)));
    }
}

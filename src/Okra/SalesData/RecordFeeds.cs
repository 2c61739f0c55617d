using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;
using Okra.Hosting;
using Okra.Metrics;

namespace Okra.SalesData;

public sealed record FedKeyResult(Guid KeyResultId, string Title, MetricId Metric, DateOnly From, DateOnly To);

public sealed record RecordResponse(string RecordType, string ExternalId, object Record, IReadOnlyList<FedKeyResult> KeyResults);

/// <summary><c>GET /api/v1/sales/records?type=deals&amp;id=…</c>: one record and the automatic key results (and windows) it feeds.</summary>
public static class RecordFeeds
{
    public static async Task<Results<Ok<RecordResponse>, ProblemHttpResult, ValidationProblem>> Handle([Microsoft.AspNetCore.Mvc.FromQuery(Name = "type")] string? recordType, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "id")] string? externalId,
        OkraDbContext db, Today today, AutomaticKeyResults automatic, MetricQuery query, CancellationToken ct)
    {
        if (!RecordTypes.TryParse(recordType, out var type)) return Problems.Invalid("type", $"'{recordType}' is not one of: {RecordTypes.Known}.");
        if (string.IsNullOrWhiteSpace(externalId)) return Problems.Invalid("id", "is required.");
        object? record = type switch
        {
            SalesRecordType.Customers => await db.Customers.AsNoTracking().FirstOrDefaultAsync(r => r.ExternalId == externalId, ct),
            SalesRecordType.Deals => await db.Deals.AsNoTracking().FirstOrDefaultAsync(r => r.ExternalId == externalId, ct),
            SalesRecordType.SubscriptionMovements => await db.SubscriptionMovements.AsNoTracking().FirstOrDefaultAsync(r => r.ExternalId == externalId, ct),
            SalesRecordType.Activities => await db.Activities.AsNoTracking().FirstOrDefaultAsync(r => r.ExternalId == externalId, ct),
            SalesRecordType.SurveyAnswers => await db.SurveyAnswers.AsNoTracking().FirstOrDefaultAsync(r => r.ExternalId == externalId, ct),
            SalesRecordType.Complaints => await db.Complaints.AsNoTracking().FirstOrDefaultAsync(r => r.ExternalId == externalId, ct),
            _ => await db.Markets.AsNoTracking().FirstOrDefaultAsync(r => r.ExternalId == externalId, ct),
        };
        if (record is null)
            return TypedResults.Problem(statusCode: 404, title: "Record not found.", detail: $"There is no {RecordTypes.NameOf(type)} record with id '{externalId}'.");

        // A record feeds a key result when the drill-down of one of its windows lists it.
        var bound = (await automatic.BoundAsync(null, ct)).Where(b => MetricCatalogue.Of(b.Binding.Metric).Sources.Contains(type)).ToList();
        var owners = await automatic.OwnersAsync(bound, ct);
        var fed = new List<FedKeyResult>();
        foreach (var b in bound)
        {
            foreach (var (window, _) in b.Windows(today.Date))
            {
                var (result, _) = await query.DrillDownAsync(new MetricRequest(b.Binding.Metric, b.Binding.Filter(owners[b.KeyResult.Id]), window), ct);
                if (result.Records.Contains(new SalesRecordRef(type, externalId)))
                    fed.Add(new FedKeyResult(b.KeyResult.Id, b.KeyResult.Title, b.Binding.Metric, window.Start, window.End));
            }
        }
        return TypedResults.Ok(new RecordResponse(RecordTypes.NameOf(type), externalId, record, fed));
    }
}

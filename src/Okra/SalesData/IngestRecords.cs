using Microsoft.AspNetCore.Http.HttpResults;
using Okra.Api;
using Okra.Domain.Access;
using Okra.Security;

namespace Okra.SalesData;

public sealed record IngestionResponse(string RecordType, int Received, int Inserted, int Updated, int KeyResultsUpdated);

/// <summary>
/// <c>POST /api/v1/sales/{deals|activities|…}</c>: a JSON array, or NDJSON with content type <c>application/x-ndjson</c>. Answers
/// what was written, or a 400 listing every rejected row (nothing is written then).
/// </summary>
public static class IngestRecords
{
    public static async Task<Results<Ok<IngestionResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Domain.Sales.SalesRecordType type, HttpRequest request, SalesIngestion ingestion, CurrentActor current, CancellationToken ct)
    {
        if (!AccessRules.CanIngestSalesData(await current.GetAsync(ct))) return Problems.Forbidden("Viewers may not send sales data.");
        var rows = await JsonRows.ReadAsync(request.Body, JsonRows.IsNdjson(request.ContentType), ct);
        return Answer(await ingestion.IngestAsync(type, rows, ct));
    }

    public static Results<Ok<IngestionResponse>, ValidationProblem, ProblemHttpResult> Answer(IngestionReport report)
    {
        if (report.Received == 0) return Problems.Invalid("body", "holds no records.");
        if (report.Succeeded)
            return TypedResults.Ok(new IngestionResponse(RecordTypes.NameOf(report.RecordType), report.Received, report.Inserted, report.Updated, report.KeyResultsUpdated));
        var errors = report.Rejected.GroupBy(r => $"rows[{r.Line}].{r.Column}").ToDictionary(g => g.Key, g => g.Select(r => r.Reason).ToArray());
        return TypedResults.ValidationProblem(errors,
            detail: $"{report.Rejected.Count} of {report.Received} rows were rejected; nothing was written.",
            title: "Some rows are invalid; nothing was written.",
            extensions: new Dictionary<string, object?> { ["rejected"] = report.Rejected });
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Okra.Api;
using Okra.Domain.Access;
using Okra.Security;

namespace Okra.SalesData;

/// <summary>
/// <c>POST /api/v1/sales/csv?type=deals&amp;preset=hubspot</c> with the file as the body; <c>map=field:Header</c> (repeatable)
/// overrides columns, <c>encoding</c> and <c>delimiter</c> force what is otherwise detected.
/// </summary>
public static class ImportCsv
{
    public static async Task<Results<Ok<IngestionResponse>, ValidationProblem, ProblemHttpResult>> Handle([Microsoft.AspNetCore.Mvc.FromQuery(Name = "type")] string? recordType, HttpRequest request,
        string? preset, [Microsoft.AspNetCore.Mvc.FromQuery] string[]? map, string? encoding, string? delimiter, SalesIngestion ingestion, CurrentActor current, CancellationToken ct)
    {
        if (!AccessRules.CanIngestSalesData(await current.GetAsync(ct))) return Problems.Forbidden("Viewers may not send sales data.");
        if (!RecordTypes.TryParse(recordType, out var type)) return Problems.Invalid("type", $"'{recordType}' is not one of: {RecordTypes.Known}.");
        var chosen = preset is null ? CsvPresets.Plain(type) : CsvPresets.Find(preset);
        if (chosen is null) return Problems.Invalid("preset", $"'{preset}' is not one of: {string.Join(", ", CsvPresets.All.Select(p => p.Name))}.");
        if (chosen.RecordType != type) return Problems.Invalid("preset", $"'{chosen.Name}' reads {RecordTypes.NameOf(chosen.RecordType)}, not {recordType}.");
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in map ?? [])
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) return Problems.Invalid("map", $"'{pair}' must look like field:Column header.");
            overrides[pair[..colon].Trim()] = pair[(colon + 1)..].Trim();
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var file = CsvRows.Read(buffer.ToArray(), new CsvOptions(chosen, overrides, encoding, delimiter is { Length: 1 } d ? d[0] : delimiter == "\\t" ? '\t' : null));
        return IngestRecords.Answer(await ingestion.IngestAsync(type, file.Rows, ct));
    }
}

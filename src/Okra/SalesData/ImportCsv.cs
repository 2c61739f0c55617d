using Microsoft.AspNetCore.Http.HttpResults;
using Okra.Api;
using Okra.Domain.Access;
using Okra.Security;

namespace Okra.SalesData;

/// <summary>A CSV import as the web wizard asks for it: the file, its record type, preset, column overrides and reading options.</summary>
public sealed record CsvImportRequest(string? RecordType, byte[] File, string? Preset, IReadOnlyDictionary<string, string> Map,
    string? Encoding, char? Delimiter, bool DryRun);

/// <summary>What a CSV import answered, with the full report (every rejected row) for a page that shows it.</summary>
public sealed record CsvImportResult(Results<Ok<IngestionResponse>, ValidationProblem, ProblemHttpResult> Answer, IngestionReport? Report);

/// <summary>
/// <c>POST /api/v1/sales/csv?type=deals&amp;preset=hubspot</c> with the file as the body; <c>map=field:Header</c> (repeatable)
/// overrides columns, <c>encoding</c> and <c>delimiter</c> force what is otherwise detected, <c>dryRun=true</c> validates
/// every row and writes nothing.
/// </summary>
public static class ImportCsv
{
    public static async Task<Results<Ok<IngestionResponse>, ValidationProblem, ProblemHttpResult>> Handle([Microsoft.AspNetCore.Mvc.FromQuery(Name = "type")] string? recordType, HttpRequest request,
        string? preset, [Microsoft.AspNetCore.Mvc.FromQuery] string[]? map, string? encoding, string? delimiter, bool? dryRun, SalesIngestion ingestion, CurrentActor current, CancellationToken ct)
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in map ?? [])
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) return Problems.Invalid("map", $"'{pair}' must look like field:Column header.");
            overrides[pair[..colon].Trim()] = pair[(colon + 1)..].Trim();
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var separator = delimiter is { Length: 1 } d ? d[0] : delimiter == "\\t" ? '\t' : (char?)null;
        var import = new CsvImportRequest(recordType, buffer.ToArray(), preset, overrides, encoding, separator, dryRun == true);
        return (await RunAsync(import, ingestion, current, ct)).Answer;
    }

    /// <summary>The import itself, for the API and the web wizard alike.</summary>
    public static async Task<CsvImportResult> RunAsync(CsvImportRequest request, SalesIngestion ingestion, CurrentActor current, CancellationToken ct)
    {
        if (!AccessRules.CanIngestSalesData(await current.GetAsync(ct))) return new(Problems.Forbidden("Viewers may not send sales data."), null);
        var recordType = request.RecordType;
        if (!RecordTypes.TryParse(recordType, out var type)) return new(Problems.Invalid("type", $"'{recordType}' is not one of: {RecordTypes.Known}."), null);
        var preset = request.Preset;
        var chosen = preset is null ? CsvPresets.Plain(type) : CsvPresets.Find(preset);
        var presets = string.Join(", ", CsvPresets.All.Select(p => p.Name));
        if (chosen is null) return new(Problems.Invalid("preset", $"'{preset}' is not one of: {presets}."), null);
        if (chosen.RecordType != type) return new(Problems.Invalid("preset", $"'{chosen.Name}' reads {RecordTypes.NameOf(chosen.RecordType)}, not {recordType}."), null);
        var file = CsvRows.Read(request.File, new CsvOptions(chosen, request.Map, request.Encoding, request.Delimiter));
        var report = await ingestion.IngestAsync(type, file.Rows, request.DryRun, ct);
        return new(IngestRecords.Answer(report), report);
    }
}

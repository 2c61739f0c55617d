using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Okra.Components.Common;
using Okra.Components.Localization;
using Okra.Domain.Common;
using Okra.Domain.Sales;
using Okra.Security;

namespace Okra.SalesData;

/// <summary>
/// The CSV import wizard: (1) the file, its record type, preset, encoding and separator; (2) the first rows, the column
/// mapping (editable) and a dry run that validates every row without writing; (3) the import through the same use case as
/// <c>POST /api/v1/sales/csv</c>, with the counts or every rejected row. Members and admins only.
/// </summary>
public sealed partial class SalesImportPage
{
    private const long MaxBytes = 50L * 1024 * 1024;
    private const int MaxMegabytes = 50;
    private const string NoPreset = "okra";
    private const string Auto = "auto";

    private FilterChoices? choices;
    private int step = 1;
    private byte[]? bytes;
    private string? fileName;
    private string recordType = "deals";
    private string preset = "hubspot";
    private string encoding = Auto;
    private string separator = Auto;
    private CsvFile? file;
    private readonly Dictionary<string, string> mapping = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> overrides = new(StringComparer.Ordinal);
    private IngestionReport? check;
    private IngestionReport? report;
    private string? error;
    private bool busy;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [Inject]
    private SignedInActions Actions { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SalesTexts> T { get; set; } = default!;

    private SalesRecordType Type => RecordTypes.ByName[recordType];

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication).User;
        choices = await ScopeFactory.ReadAsync<SalesPageData, FilterChoices>(d => d.ChoicesAsync(user, default));
    }

    private async Task OnFileAsync(IBrowserFile? chosen)
    {
        error = null;
        if (chosen is null) return;
        if (chosen.Size > MaxBytes)
        {
            error = T["Import_TooLarge", MaxMegabytes];
            return;
        }
        using var buffer = new MemoryStream();
        await using (var stream = chosen.OpenReadStream(MaxBytes))
            await stream.CopyToAsync(buffer);
        bytes = buffer.ToArray();
        fileName = chosen.Name;
        overrides.Clear();
    }

    private void OnRecordTypeChanged(string value)
    {
        recordType = value;
        preset = CsvPresets.All.FirstOrDefault(p => RecordTypes.NameOf(p.RecordType) == value)?.Name ?? NoPreset;
        overrides.Clear();
    }

    private async Task PreviewAsync()
    {
        overrides.Clear();
        if (await ReadAsync()) step = 2;
    }

    private async Task OnMappingChangedAsync(string field, string? header)
    {
        if (header is null) return;
        overrides[field] = header;
        await ReadAsync();
    }

    /// <summary>Reads the file with the chosen options and checks every row by a dry run of the import.</summary>
    private async Task<bool> ReadAsync()
    {
        if (bytes is null) return false;
        busy = true;
        error = null;
        check = null;
        try
        {
            var chosen = preset == NoPreset ? CsvPresets.Plain(Type) : CsvPresets.Find(preset)!;
            file = CsvRows.Read(bytes, new CsvOptions(chosen, overrides, Encoding, Delimiter));
            mapping.Clear();
            foreach (var (field, header) in file.Mapping) mapping[field] = header;
            var outcome = await RunAsync(dryRun: true);
            check = outcome.Report;
            return true;
        }
        catch (DomainValidationException invalid)
        {
            error = ServerMessages.Translate(invalid.Reason, CultureInfo.CurrentUICulture);
            return false;
        }
        finally
        {
            busy = false;
        }
    }

    private async Task ImportAsync()
    {
        busy = true;
        try
        {
            var outcome = await RunAsync(dryRun: false);
            if (outcome.Report is { } done)
            {
                report = done;
                step = 3;
            }
        }
        finally
        {
            busy = false;
        }
    }

    /// <summary>Runs the import use case as the signed-in person; a problem that is not a rejected row becomes the page's error.</summary>
    private async Task<(Outcome<IngestionResponse> Outcome, IngestionReport? Report)> RunAsync(bool dryRun)
    {
        IngestionReport? result = null;
        var request = new CsvImportRequest(recordType, bytes!, preset == NoPreset ? null : preset, new Dictionary<string, string>(overrides), Encoding, Delimiter, dryRun);
        var outcome = await Actions.RunAsync<IngestionResponse, Results<Ok<IngestionResponse>, ValidationProblem, ProblemHttpResult>>(async (s, ct) =>
        {
            var answer = await ImportCsv.RunAsync(request, s.GetRequiredService<SalesIngestion>(), s.GetRequiredService<CurrentActor>(), ct);
            result = answer.Report;
            return answer.Answer;
        });
        if (result is null || result.Received == 0) error = outcome.Error ?? string.Join(" ", outcome.FieldErrors.Values);
        return (outcome, result is { Received: > 0 } ? result : null);
    }

    private void Restart()
    {
        step = 1;
        bytes = null;
        fileName = null;
        file = null;
        check = null;
        report = null;
        error = null;
        overrides.Clear();
    }

    private string? Encoding => encoding == Auto ? null : encoding;

    private char? Delimiter => separator == Auto ? null : separator[0];

    private string FieldLabel(string field)
    {
        var label = T[$"Field_{field}"];
        return label.ResourceNotFound ? field : label.Value;
    }

    private static string EncodingName(string webName) => webName.Equals("utf-8", StringComparison.OrdinalIgnoreCase) ? "UTF-8" : webName.Replace("windows", "Windows", StringComparison.Ordinal);

    private string SeparatorName(char delimiter) => delimiter switch
    {
        ',' => T["Separator_Comma"],
        ';' => T["Separator_Semicolon"],
        '\t' => T["Separator_Tab"],
        var other => other.ToString(),
    };
}

using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Okra.Api;
using Okra.Data;
using Okra.Resources;

namespace Okra.Tree;

/// <summary>
/// <c>GET /api/v1/cycles/{id}/tree.csv</c>: the tree's key results as a spreadsheet, one row each (an objective without key
/// results gets a row of its own), with the tree's filters. Written for the caller's language — Hungarian gets <c>;</c>
/// between cells and decimal commas, as Excel expects there — with a byte-order mark so that accents survive. A text cell
/// that a spreadsheet would run as a formula (<c>=HYPERLINK(…)</c> in a title) is escaped with an apostrophe by CsvHelper's
/// injection protection; numbers are written as numbers, so −5 stays −5.
/// </summary>
public static class TreeCsv
{
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        Guid id, OkraDbContext db, TreeBuilder builder, IStringLocalizer<SharedResource> texts, CancellationToken ct,
        Guid? teamId = null, Guid? ownerId = null, string? status = null, string? level = null, string? q = null)
    {
        if (await db.Cycles.FindAsync([id], ct) is not { } cycle) return Problems.NotFound("Cycle", id);
        var tree = await builder.BuildAsync(cycle, Cycles.CycleTree.Filter(teamId, ownerId, status, level, q), ct);
        var culture = CultureInfo.CurrentCulture;
        var file = Write(tree, texts, culture);
        return TypedResults.File(file, "text/csv; charset=utf-8", $"okra-{SafeName(tree.Cycle.Name)}.csv");
    }

    private static byte[] Write(TreeResponse tree, IStringLocalizer<SharedResource> texts, CultureInfo culture)
    {
        using var stream = new MemoryStream();
        var options = new CsvWriterOptions
        {
            Separator = culture.TextInfo.ListSeparator.Length == 1 ? culture.TextInfo.ListSeparator[0] : ',',
            FormatProvider = culture, WriteByteOrderMark = true, Injection = CsvInjection.Escape,
        };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            string[] headers = ["Csv_Objective", "Csv_Level", "Csv_ObjectiveOwner", "Csv_ObjectiveProgress", "Csv_KeyResult", "Csv_Kind",
                "Csv_KeyResultOwner", "Csv_Baseline", "Csv_Target", "Csv_Current", "Csv_Progress", "Csv_Expected", "Csv_Status", "Csv_Confidence", "Csv_Score"];
            csv.WriteRecord(headers.Select(h => texts[h].Value).ToArray());
            foreach (var objective in Flatten(tree.Objectives))
            {
                if (objective.KeyResults.Count == 0) Row(csv, texts, objective, null);
                foreach (var keyResult in objective.KeyResults) Row(csv, texts, objective, keyResult);
            }
        }
        return stream.ToArray();
    }

    private static void Row(CsvWriter csv, IStringLocalizer<SharedResource> texts, ObjectiveNodeResponse o, KeyResultProgressResponse? k)
    {
        csv.WriteField(o.Title);
        csv.WriteField(texts[$"Level_{o.Level}"].Value);
        csv.WriteField(o.OwnerName);
        csv.WriteField(Percent(o.Progress), "0.0");
        csv.WriteField(k?.Title);
        csv.WriteField(k is null ? null : texts[$"Kind_{k.Kind}"].Value);
        csv.WriteField(k?.OwnerName);
        csv.WriteField(k?.Baseline, Figure);
        csv.WriteField(k?.Target ?? k?.TargetPerPeriod ?? k?.Limit, Figure);
        csv.WriteField(k?.CurrentValue, Figure);
        csv.WriteField(k is null ? null : Percent(k.Progress), "0.0");
        csv.WriteField(k is null ? null : Percent(k.Expected), "0.0");
        csv.WriteField(texts[$"Status_{k?.Status ?? o.Status}"].Value);
        csv.WriteField(k?.Confidence, "");
        csv.WriteField(k?.Score ?? o.Score, Figure);
        csv.EndRecord();
    }

    /// <summary>A figure as entered, without the trailing zeros its stored scale adds (−5, not −5.0).</summary>
    private const string Figure = "0.##########";

    /// <summary>A fraction as percent points, 0.945 → 94.5, so that a spreadsheet sums and charts it.</summary>
    private static decimal? Percent(decimal fraction) => Math.Round(fraction * 100m, 1, MidpointRounding.AwayFromZero);

    private static IEnumerable<ObjectiveNodeResponse> Flatten(IEnumerable<ObjectiveNodeResponse> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    private static string SafeName(string name) => new(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
}

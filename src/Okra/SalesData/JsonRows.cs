using System.Text;
using System.Text.Json;
using Okra.Domain.Common;

namespace Okra.SalesData;

/// <summary>
/// Reads a JSON array of objects, or NDJSON (one object a line), into <see cref="RawRow"/>s. A row's line is its position
/// in the array (1-based) or its line in the NDJSON text.
/// </summary>
public static class JsonRows
{
    public static bool IsNdjson(string? contentType) =>
        contentType is not null && (contentType.Contains("ndjson", StringComparison.OrdinalIgnoreCase) || contentType.Contains("jsonl", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("json-seq", StringComparison.OrdinalIgnoreCase));

    public static async Task<List<RawRow>> ReadAsync(Stream body, bool ndjson, CancellationToken ct)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(ct);
        return ndjson ? Ndjson(text) : Array(text);
    }

    private static List<RawRow> Array(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new DomainValidationException("body", $"is not valid JSON: {e.Message.Split('.')[0]}.");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new DomainValidationException("body", "must be a JSON array of records (or NDJSON with content type application/x-ndjson).");
            return document.RootElement.EnumerateArray().Select((e, i) => Row(e, i + 1)).ToList();
        }
    }

    private static List<RawRow> Ndjson(string text)
    {
        var rows = new List<RawRow>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                rows.Add(Row(document.RootElement, i + 1));
            }
            catch (JsonException)
            {
                rows.Add(new RawRow(i + 1, new Dictionary<string, string?> { ["$invalid"] = lines[i] }));
            }
        }
        return rows;
    }

    private static RawRow Row(JsonElement element, int line)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (element.ValueKind != JsonValueKind.Object) return new RawRow(line, new Dictionary<string, string?> { ["$invalid"] = element.GetRawText() });
        foreach (var property in element.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            };
        }
        return new RawRow(line, fields);
    }
}

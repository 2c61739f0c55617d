using System.Text;
using CsvHelper;
using Okra.Domain.Common;

namespace Okra.SalesData;

/// <summary>How to read a CSV file: the preset, column overrides (field → header), and optionally a forced encoding or separator.</summary>
public sealed record CsvOptions(CsvPreset Preset, IReadOnlyDictionary<string, string>? Map = null, string? Encoding = null, char? Delimiter = null);

/// <summary>A read CSV file: its encoding and separator, headers, which header feeds each field, and the mapped rows.</summary>
public sealed record CsvFile(string Encoding, char Delimiter, IReadOnlyList<string> Headers, IReadOnlyDictionary<string, string> Mapping,
    IReadOnlyList<RawRow> Rows, int Skipped, IReadOnlyList<string[]> FirstRows);

/// <summary>
/// Reads a CSV export into <see cref="RawRow"/>s: UTF-8 with or without BOM, else Windows-1250 (Hungarian Excel);
/// comma, semicolon or tab separated (detected from the header line); headers mapped to Okra's fields by a preset.
/// Line numbers are the file's lines (the header is line 1).
/// </summary>
public static class CsvRows
{
    static CsvRows() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static CsvFile Read(byte[] bytes, CsvOptions options, int previewRows = 5)
    {
        var (encoding, utf8) = Decode(bytes, options.Encoding);
        // Every value is kept until the import is written, so repeated ones (types, owners, outcomes, customers) are worth
        // sharing; columns of unique values (ids, times) stop pooling by themselves.
        var settings = new CsvReaderOptions { TrackLineNumbers = true, SkipEmptyLines = true, Separator = options.Delimiter, PoolStrings = true };
        using var csv = CsvReader.Create(utf8, settings);
        csv.ReadHeader();
        var headers = csv.Headers.Select(h => h.Trim()).ToArray();
        if (headers.Length == 0 || headers.All(h => h.Length == 0)) throw new DomainValidationException("file", "is empty.");
        var mapping = Mapping(headers, options);
        var index = mapping.Select(m => (Field: m.Key, Positions: m.Value.Select(h => Array.FindIndex(headers, x => x.Equals(h, StringComparison.OrdinalIgnoreCase))).ToArray())).ToArray();
        var columns = mapping.ToDictionary(m => m.Key, m => m.Value[0]);
        var names = new FieldNames(index.Select(i => i.Field).ToArray());
        var rows = new List<RawRow>();
        var first = new List<string[]>();
        var skipped = 0;
        while (csv.Read())
        {
            var record = csv.Current;
            if (first.Count < previewRows) first.Add(record.ToArray());
            var values = new string?[index.Length];
            for (var f = 0; f < index.Length; f++)
            {
                foreach (var p in index[f].Positions)
                {
                    if (p >= record.FieldCount) continue;
                    var text = record.GetString(p);
                    if (!string.IsNullOrWhiteSpace(text)) { values[f] = text; break; }
                }
            }
            if (options.Preset.Derive is null)
            {
                rows.Add(new RawRow((int)csv.LineNumber, new CsvFields(names, values), columns));
                continue;
            }
            var derived = options.Preset.Derive(names.ToDictionary(values));
            if (derived is null) skipped++;
            else rows.Add(new RawRow((int)csv.LineNumber, derived, columns));
        }
        return new CsvFile(encoding.WebName, csv.Separator, headers, columns, rows, skipped, first);
    }

    /// <summary>For each field, the headers present in the file that may feed it, overrides first.</summary>
    private static Dictionary<string, string[]> Mapping(string[] headers, CsvOptions options)
    {
        var mapping = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (field, candidates) in options.Preset.Columns)
        {
            var present = candidates.Where(c => headers.Contains(c, StringComparer.OrdinalIgnoreCase)).ToArray();
            if (present.Length > 0) mapping[field] = present;
        }
        foreach (var (field, header) in options.Map ?? new Dictionary<string, string>())
        {
            var columns = string.Join(", ", headers);
            if (!headers.Contains(header, StringComparer.OrdinalIgnoreCase))
                throw new DomainValidationException("map", $"the file has no column '{header}' for {field}; its columns are: {columns}.");
            mapping[field] = [header];
        }
        return mapping;
    }

    /// <summary>The file's encoding and its text as UTF-8 bytes (read in place when it already is UTF-8).</summary>
    private static (Encoding, ReadOnlyMemory<byte>) Decode(byte[] bytes, string? forced)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var chosen = forced?.Replace("_", "-", StringComparison.Ordinal).ToLowerInvariant() switch
        {
            null => null,
            "utf-8" or "utf8" => (Encoding)new UTF8Encoding(bom),
            "windows-1250" or "cp1250" or "1250" => System.Text.Encoding.GetEncoding(1250),
            _ => throw new DomainValidationException("encoding", $"'{forced}' is not supported; use utf-8 or windows-1250."),
        };
        if (chosen is null)
        {
            if (bom) return (new UTF8Encoding(true), bytes.AsMemory(3));
            try
            {
                _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
                return (new UTF8Encoding(false), bytes);
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8: Hungarian Excel saves CSV in Windows-1250.
                chosen = System.Text.Encoding.GetEncoding(1250);
            }
        }
        if (chosen is UTF8Encoding) return (chosen, bom ? bytes.AsMemory(3) : bytes);
        return (chosen, Encoding.UTF8.GetBytes(chosen.GetString(bytes)));
    }
}

/// <summary>The fields a CSV file's rows have, in order, shared by every row of the file.</summary>
internal sealed class FieldNames
{
    private readonly Dictionary<string, int> positions;

    public FieldNames(string[] names)
    {
        Names = names;
        positions = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++) positions[names[i]] = i;
    }

    public string[] Names { get; }

    public bool TryGetPosition(string field, out int position) => positions.TryGetValue(field, out position);

    public Dictionary<string, string?> ToDictionary(string?[] values)
    {
        var fields = new Dictionary<string, string?>(Names.Length, StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++) fields[Names[i]] = values[i];
        return fields;
    }
}

/// <summary>
/// One CSV row's fields as a read-only dictionary over an array of its values: a million rows held until the import is
/// written cost a million small arrays instead of a million hash tables.
/// </summary>
internal sealed class CsvFields(FieldNames names, string?[] values) : IReadOnlyDictionary<string, string?>
{
    public string? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The row has no field '{key}'.");

    public IEnumerable<string> Keys => names.Names;

    public IEnumerable<string?> Values => values;

    public int Count => values.Length;

    public bool ContainsKey(string key) => names.TryGetPosition(key, out _);

    public bool TryGetValue(string key, out string? value)
    {
        if (names.TryGetPosition(key, out var position))
        {
            value = values[position];
            return true;
        }
        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++) yield return new KeyValuePair<string, string?>(names.Names[i], values[i]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

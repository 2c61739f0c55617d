using Okra.Domain.Sales;

namespace Okra.SalesData;

/// <summary>
/// One input record before parsing: its line in the file (or position in a JSON array), and its fields by Okra's field
/// name, with <see cref="Columns"/> naming the source column of each field for the rejected-row report.
/// </summary>
public sealed record RawRow(int Line, IReadOnlyDictionary<string, string?> Fields, IReadOnlyDictionary<string, string>? Columns = null)
{
    /// <summary>The raw text of <paramref name="field"/>, trimmed; null when missing or blank.</summary>
    public string? this[string field] => Fields.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>The column a field came from (its header in a CSV file), else the field name.</summary>
    public string ColumnOf(string field) => Columns is not null && Columns.TryGetValue(field, out var c) ? c : field;
}

/// <summary>One rejected row: where, which column and why.</summary>
public sealed record RejectedRow(int Line, string Column, string Reason);

/// <summary>What an import did, or why it wrote nothing; a dry run validated every row and wrote nothing.</summary>
public sealed record IngestionReport(
    SalesRecordType RecordType, int Received, int Inserted, int Updated, IReadOnlyList<RejectedRow> Rejected, int KeyResultsUpdated, bool DryRun = false)
{
    public bool Succeeded => Rejected.Count == 0;
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Okra.Data;

namespace Okra.Exchange;

/// <summary>A row of an import that could not be read, with where and why.</summary>
public sealed class ImportException(string message) : Exception(message);

/// <summary>
/// Restores an export into an empty database, in one transaction: on any bad table, column or value nothing is written.
/// </summary>
public sealed class OkrImporter(OkraDbContext db)
{
    private static readonly JsonSerializerOptions Json = OkrExporter.CreateJson();

    /// <summary>Imports <paramref name="input"/>; returns the number of rows per table.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ImportAsync(Stream input, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(input, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            throw new ImportException($"The file is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message.Split('\n')[0]}");
        }
        using var _ = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != ExchangeFormat.Format)
            throw new ImportException($"The file is not an Okra export: \"format\" must be \"{ExchangeFormat.Format}\".");
        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != ExchangeFormat.Version)
            throw new ImportException($"Unsupported export version; this Okra reads version {ExchangeFormat.Version}.");
        if (!root.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Object)
            throw new ImportException("The export has no \"tables\" object.");
        foreach (var table in tables.EnumerateObject())
        {
            if (!ExchangeFormat.Tables.Contains(table.Name))
                throw new ImportException($"Unknown table \"{table.Name}\".");
        }
        if (await db.People.AnyAsync(ct) || await db.Teams.AnyAsync(ct) || await db.Cycles.AnyAsync(ct) || await db.Objectives.AnyAsync(ct))
            throw new ImportException("The database is not empty; import restores into an empty database only.");
        // A fresh installation may hold only its default settings row, which the export's organisation replaces.
        db.Organisations.RemoveRange(await db.Organisations.ToListAsync(ct));

        var counts = new Dictionary<string, int>();
        foreach (var entityType in ExchangeFormat.EntityTypes(db))
        {
            var name = entityType.ClrType.Name;
            counts[name] = tables.TryGetProperty(name, out var rows) ? AddRows(entityType, rows) : 0;
        }
        db.Audit.Enabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            throw new ImportException($"The rows do not fit together: {(e.InnerException ?? e).Message}");
        }
        await transaction.CommitAsync(ct);
        return counts;
    }

    private int AddRows(IEntityType entityType, JsonElement rows)
    {
        var name = entityType.ClrType.Name;
        if (rows.ValueKind != JsonValueKind.Array) throw new ImportException($"Table \"{name}\" must be an array.");
        var properties = entityType.GetProperties().ToDictionary(p => p.Name);
        var index = 0;
        foreach (var row in rows.EnumerateArray())
        {
            index++;
            if (row.ValueKind != JsonValueKind.Object) throw new ImportException($"{name} row {index} must be an object.");
            var entity = Activator.CreateInstance(entityType.ClrType, nonPublic: true)!;
            var entry = db.Entry(entity);
            foreach (var column in row.EnumerateObject())
            {
                if (!properties.TryGetValue(column.Name, out var property))
                    throw new ImportException($"{name} row {index}: unknown column \"{column.Name}\".");
                entry.Property(property.Name).CurrentValue = Read(column.Value, property, name, index);
            }
            foreach (var required in properties.Values.Where(p => !p.IsNullable && !row.TryGetProperty(p.Name, out _)))
                throw new ImportException($"{name} row {index}: column \"{required.Name}\" is missing.");
            entry.State = EntityState.Added;
        }
        return index;
    }

    private static object? Read(JsonElement value, IProperty property, string table, int row)
    {
        try
        {
            var read = value.Deserialize(property.ClrType, Json);
            if (read is null && !property.IsNullable) throw new ImportException($"{table} row {row}: column \"{property.Name}\" must not be null.");
            if (read is string text) CheckText(text, property, table, row);
            return read;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new ImportException($"{table} row {row}: column \"{property.Name}\" is not a valid {Nullable.GetUnderlyingType(property.ClrType)?.Name ?? property.ClrType.Name}.");
        }
    }

    /// <summary>
    /// The API's text rules hold for imported text too: SQLite would store an over-long or control-character value
    /// that PostgreSQL refuses, and either would reach screens and exports.
    /// </summary>
    private static void CheckText(string text, IProperty property, string table, int row)
    {
        // A column without a declared length still holds no more than the longest text the API takes (a comment).
        var max = property.GetMaxLength() ?? Domain.Comments.Comment.MaxLength;
        if (text.Length > max)
            throw new ImportException($"{table} row {row}: column \"{property.Name}\" is longer than {max} characters.");
        if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || !IsWellFormed(text))
            throw new ImportException($"{table} row {row}: column \"{property.Name}\" contains control characters or broken Unicode.");
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }
}

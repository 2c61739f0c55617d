using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Okra.Data;
using Okra.Hosting;

namespace Okra.Exchange;

/// <summary>Writes the whole OKR set as JSON (<see cref="ExchangeFormat"/>).</summary>
public sealed class OkrExporter(OkraDbContext db)
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    public async Task ExportAsync(Stream output, CancellationToken ct)
    {
        // An export is a file for people and tools, not HTML: accents stay readable ("Új", not "\u00DAj").
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("format", ExchangeFormat.Format);
        writer.WriteNumber("version", ExchangeFormat.Version);
        writer.WriteStartObject("tables");
        foreach (var entityType in ExchangeFormat.EntityTypes(db))
        {
            writer.WriteStartArray(entityType.ClrType.Name);
            var properties = entityType.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            var key = entityType.FindPrimaryKey()!.Properties;
            var rows = (await RowsAsync(entityType, ct))
                .OrderBy(r => string.Join('|', key.Select(k => k.GetGetter().GetClrValue(r))), StringComparer.Ordinal);
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                foreach (var property in properties)
                {
                    writer.WritePropertyName(property.Name);
                    JsonSerializer.Serialize(writer, property.GetGetter().GetClrValue(row), property.ClrType, Json);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }

    private async Task<List<object>> RowsAsync(IEntityType entityType, CancellationToken ct)
    {
        var query = (IQueryable<object>)typeof(OkrExporter).GetMethod(nameof(Query), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(entityType.ClrType).Invoke(this, null)!;
        return await query.ToListAsync(ct);
    }

    private IQueryable<object> Query<T>() where T : class => db.Set<T>().AsNoTracking();

    internal static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions();
        WebApp.ConfigureJson(options);
        return options;
    }
}

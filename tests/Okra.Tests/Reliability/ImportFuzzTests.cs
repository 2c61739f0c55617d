using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Okra.Data;
using Okra.Exchange;
using Okra.Hosting;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Reliability;

/// <summary>
/// The JSON import fed broken exports from a fixed seed: each is rejected with an <see cref="ImportException"/> that
/// says where and why (never another exception), and the empty database stays empty.
/// </summary>
public abstract class ImportFuzzTests(OkraApp app) : ScenarioTestBase(app)
{
    private static readonly string Deep = "[" + new string('[', 5000) + new string(']', 5000) + "]";

    /// <summary>Values that fit no column of their current shape: for text, only broken or over-long text fails.</summary>
    private static readonly Dictionary<JsonValueKind, string[]> Unreadable = new()
    {
        [JsonValueKind.String] = ["\"\\u0000\"", "\"\\ud800\"", "\"" + new string('x', 10 * 1024 * 1024) + "\"", "true", "[]", "{}", Deep],
        [JsonValueKind.Number] = ["1e400", "-79228162514264337593543950336", "true", "[]", "{}", "\"not a number\"", Deep],
        [JsonValueKind.True] = ["1e400", "[]", "{}", "\"yes\""],
        [JsonValueKind.False] = ["1e400", "[]", "{}", "\"no\""],
        [JsonValueKind.Null] = ["[]", "{}", Deep],
    };

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("OKRA_FUZZ_CASES"), out var n) ? n / 3 : 100;

    [Fact]
    public async Task Import_BrokenExports_AreRejectedWithAReasonAndWriteNothing()
    {
        await WorldAsync();
        var export = await ExportAsync();
        var bytes = Encoding.UTF8.GetBytes(export);
        var tables = JsonNode.Parse(export)!["tables"]!.AsObject().Where(t => t.Value!.AsArray().Count > 0).Select(t => t.Key).ToArray();
        var newContext = await EmptyDatabaseAsync();
        var random = new Random(FuzzTests.Seed);

        for (var i = 0; i < Cases; i++)
        {
            var (what, body) = (i % 4) switch
            {
                0 => ("truncated", bytes[..random.Next(0, bytes.Length - 1)]),
                1 => ("UTF-16", Encoding.Unicode.GetBytes(export)),
                2 => ("random bytes", RandomBytes(random)),
                _ => Column(random, export, tables[random.Next(tables.Length)]),
            };
            await using var db = newContext();
            var e = await Record.ExceptionAsync(() => new OkrImporter(db).ImportAsync(new MemoryStream(body), default));
            Assert.True(e is ImportException, $"{what}: expected a rejected import, got {e?.GetType().Name ?? "success"}: {e?.Message}");
            Assert.False(string.IsNullOrWhiteSpace(e!.Message));
        }

        await using (var db = newContext())
        {
            Assert.False(await db.People.AnyAsync() || await db.Objectives.AnyAsync() || await db.CheckIns.AnyAsync() || await db.AuditEntries.AnyAsync());
        }
    }

    /// <summary>One column of one row replaced by a value that cannot be read into it.</summary>
    private static (string, byte[]) Column(Random random, string export, string table)
    {
        var root = JsonNode.Parse(export)!;
        var rows = root["tables"]![table]!.AsArray();
        var row = rows[random.Next(rows.Count)]!.AsObject();
        var column = row.ElementAt(random.Next(row.Count)).Key;
        var choices = Unreadable[row[column]?.GetValueKind() ?? JsonValueKind.Null];
        var raw = choices[random.Next(choices.Length)];
        const string Marker = "\u0001fuzz\u0001";
        row[column] = Marker;
        var text = root.ToJsonString().Replace(JsonValue.Create(Marker).ToJsonString(), raw, StringComparison.Ordinal);
        return ($"{table}.{column} = {raw[..Math.Min(raw.Length, 40)]}", Encoding.UTF8.GetBytes(text));
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 2000)];
        random.NextBytes(bytes);
        bytes[0] = (byte)random.Next(0x80, 0x100);
        return bytes;
    }

    private async Task<Func<OkraDbContext>> EmptyDatabaseAsync()
    {
        Func<OkraDbContext> create;
        if (App.Provider == "Sqlite")
        {
            var connection = DatabaseSetup.SqliteConnectionString(Directory.CreateTempSubdirectory("okra-import-fuzz-").FullName);
            create = () => new SqliteOkraDbContext(new DbContextOptionsBuilder<SqliteOkraDbContext>().UseSqlite(connection).Options);
        }
        else
        {
            var connection = await PostgresServer.CreateDatabaseAsync();
            create = () => new PostgresOkraDbContext(new DbContextOptionsBuilder<PostgresOkraDbContext>().UseNpgsql(connection).Options);
        }
        await using var db = create();
        await DatabaseSetup.MigrateAsync(db);
        return create;
    }

    private async Task<string> ExportAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        using var stream = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<OkrExporter>().ExportAsync(stream, default);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

public sealed class ImportFuzzTests_Sqlite(SqliteApp app) : ImportFuzzTests(app), IClassFixture<SqliteApp>;

public sealed class ImportFuzzTests_Postgres(PostgresApp app) : ImportFuzzTests(app), IClassFixture<PostgresApp>;

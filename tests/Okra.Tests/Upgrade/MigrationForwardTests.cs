using System.Text.Json.Nodes;
using Npgsql;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Upgrade;

/// <summary>
/// A database written by the previous release (<c>Fixtures/previous-release.*</c>, made by
/// <c>Fixtures/make-previous-release.sh</c>) migrates forward with this release's <c>okra migrate</c> and keeps
/// every row. Later releases add tables and columns; the comparison is therefore "every row and column of the old
/// export is still there with the same value", not byte equality.
/// </summary>
public abstract class MigrationForwardTests
{
    protected static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>A runner on a new database holding the previous release's fixture.</summary>
    protected abstract Task<CliRunner> PreviousReleaseDatabaseAsync();

    /// <summary>The export of the fixture taken when it was made.</summary>
    protected abstract string ExpectedExport { get; }

    [Fact]
    public async Task Migrate_PreviousReleaseDatabase_KeepsEveryRowColumnAccountAndToken()
    {
        var okra = await PreviousReleaseDatabaseAsync();

        var migrate = await okra.RunAsync("migrate");
        Assert.True(migrate.ExitCode == 0, migrate.Stderr);
        var export = await okra.RunAsync("export");
        Assert.True(export.ExitCode == 0, export.Stderr);

        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Fixtures, ExpectedExport)))!["tables"]!.AsObject();
        var actual = JsonNode.Parse(export.Stdout)!["tables"]!.AsObject();
        Assert.Single(expected["Organisation"]!.AsArray());
        Assert.Equal(285, expected["CheckIn"]!.AsArray().Count);
        foreach (var (table, rows) in expected)
        {
            Assert.True(actual.ContainsKey(table), $"The migrated export has no table {table}.");
            AssertSameRows(table, rows!.AsArray(), actual[table]!.AsArray());
        }

        // Accounts and tokens are not in the export; the tree is read through the new code.
        var users = await okra.RunAsync("users", "list");
        Assert.True(users.ExitCode == 0, users.Stderr);
        Assert.Contains("fixture.viewer@example.test", users.Stdout, StringComparison.Ordinal);
        var tokens = await okra.RunAsync("tokens", "list");
        Assert.True(tokens.ExitCode == 0, tokens.Stderr);
        Assert.Contains("okra_", tokens.Stdout, StringComparison.Ordinal);

        var okrs = await okra.RunAsync("okrs", "--cycle", CycleName());
        Assert.True(okrs.ExitCode == 0, okrs.Stderr);
        Assert.Contains("20 cold calls a week", okrs.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Rows compare in export order (by key); each old column must keep its value, new columns are allowed.</summary>
    private static void AssertSameRows(string table, JsonArray expected, JsonArray actual)
    {
        Assert.True(expected.Count == actual.Count, $"{table}: {expected.Count} rows before the migration, {actual.Count} after.");
        for (var i = 0; i < expected.Count; i++)
        {
            foreach (var (column, value) in expected[i]!.AsObject())
            {
                var row = actual[i]!.AsObject();
                Assert.True(row.ContainsKey(column), $"{table} row {i + 1}: column {column} is gone.");
                Assert.True(JsonNode.DeepEquals(value, row[column]),
                    $"{table} row {i + 1}, {column}: was {value?.ToJsonString()}, is {row[column]?.ToJsonString()}.");
            }
        }
    }

    /// <summary>The fixture's latest quarter (the demo's current one then), which holds the cold-calls key result.</summary>
    private string CycleName()
    {
        var export = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures, ExpectedExport)))!;
        return export["tables"]!["Cycle"]!.AsArray().Select(c => (string)c!["Name"]!).Order(StringComparer.Ordinal).Last();
    }
}

public sealed class MigrationForwardTests_Sqlite : MigrationForwardTests
{
    protected override string ExpectedExport => "previous-release.sqlite.export.json";

    protected override Task<CliRunner> PreviousReleaseDatabaseAsync()
    {
        var okra = CliRunner.Sqlite(out var directory);
        File.Copy(Path.Combine(Fixtures, "previous-release.sqlite.db"), Path.Combine(directory, "okra.db"));
        return Task.FromResult(okra);
    }
}

public sealed class MigrationForwardTests_Postgres : MigrationForwardTests
{
    protected override string ExpectedExport => "previous-release.postgres.export.json";

    protected override async Task<CliRunner> PreviousReleaseDatabaseAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        // pg_dump's plain format is SQL plus a few psql meta-commands (\restrict); the SQL alone rebuilds the database.
        var sql = string.Join('\n', (await File.ReadAllLinesAsync(Path.Combine(Fixtures, "previous-release.postgres.sql")))
            .Where(line => !line.StartsWith('\\')));
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        return new CliRunner(new Dictionary<string, string> { ["Okra__Database__Provider"] = "Postgres", ["ConnectionStrings__Okra"] = connectionString });
    }
}

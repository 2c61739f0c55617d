using Okra.Tests.Infrastructure;

namespace Okra.Tests.Cli;

/// <summary>The verbs as a person runs them: a separate process, output on stdout, errors on stderr with a non-zero exit.</summary>
public abstract class CliTests
{
    protected abstract Task<CliRunner> NewDatabaseAsync();

    [Fact]
    public async Task Demo_ThenOkrs_PrintsTheSeedObjectivesWithStatus()
    {
        var okra = await NewDatabaseAsync();
        var demo = await okra.RunAsync("demo", "--lang", "en");
        Assert.True(demo.ExitCode == 0, demo.Stderr);
        Assert.Contains("12 people", demo.Stdout, StringComparison.Ordinal);

        var okrs = await okra.RunAsync("okrs");
        Assert.True(okrs.ExitCode == 0, okrs.Stderr);
        Assert.Contains("Increase monthly recurring revenue (MRR) by 20%", okrs.Stdout, StringComparison.Ordinal);
        Assert.Contains("20 cold calls a week", okrs.Stdout, StringComparison.Ordinal);
        Assert.Contains("[shared]", okrs.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"on track|at risk|off track|achieved", okrs.Stdout);

        var again = await okra.RunAsync("demo");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("already holds an organisation", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Okrs_UnknownTeamOrCycle_ExitsNonZeroNamingWhatExists()
    {
        var okra = await NewDatabaseAsync();
        Assert.Equal(0, (await okra.RunAsync("demo", "--lang", "hu")).ExitCode);

        var team = await okra.RunAsync("okrs", "--team", "Nobody");
        Assert.Equal(1, team.ExitCode);
        Assert.Contains("there is no team named 'Nobody'", team.Stderr, StringComparison.Ordinal);
        Assert.Equal("", team.Stdout);

        var cycle = await okra.RunAsync("okrs", "--cycle", "1999-Q1");
        Assert.Equal(1, cycle.ExitCode);
        Assert.Contains("there is no cycle named '1999-Q1'", cycle.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ImportIntoEmptyDatabase_ExportsIdentically()
    {
        var source = await NewDatabaseAsync();
        Assert.Equal(0, (await source.RunAsync("demo")).ExitCode);
        var file = Path.Combine(Directory.CreateTempSubdirectory("okra-export-").FullName, "okrs.json");
        Assert.Equal(0, (await source.RunAsync("export", "--output", file)).ExitCode);

        var target = await NewDatabaseAsync();
        var import = await target.RunAsync("import", file);
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("Imported", import.Stdout, StringComparison.Ordinal);
        var again = await target.RunAsync("export");
        Assert.Equal(await File.ReadAllTextAsync(file), again.Stdout);
    }

    [Fact]
    public async Task Import_BrokenFile_ExitsNonZeroAndWritesNothing()
    {
        var okra = await NewDatabaseAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("okra-import-").FullName, "broken.json");
        await File.WriteAllTextAsync(file, """{"format":"okra-export","version":1,"tables":{"Person":[{"Id":"00000000-0000-0000-0000-000000000001","Name":"A"}""");
        var import = await okra.RunAsync("import", file);
        Assert.Equal(1, import.ExitCode);
        Assert.Contains("not valid JSON", import.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", import.Stderr, StringComparison.Ordinal);
        var export = await okra.RunAsync("export");
        Assert.Contains("\"Person\": []", export.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadValueInLastTable_WritesNothing()
    {
        var okra = await NewDatabaseAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("okra-import-").FullName, "bad-audit.json");
        await File.WriteAllTextAsync(file, """
            {"format":"okra-export","version":1,"tables":{
              "Person":[{"Email":"a@b.test","Id":"0190f5a1-0000-7000-8000-000000000001","IsArchived":false,"JobTitle":null,"Locale":"hu","ManagerId":null,"Name":"A"}],
              "AuditEntry":[{"Id":"not-a-guid"}]}}
            """);
        var import = await okra.RunAsync("import", file);
        Assert.Equal(1, import.ExitCode);
        Assert.Contains("AuditEntry row 1: column \"Id\" is not a valid Guid.", import.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"Person\": []", (await okra.RunAsync("export")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_FreshDatabase_ReportsUpToDate()
    {
        var migrate = await (await NewDatabaseAsync()).RunAsync("migrate");
        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains("up to date", migrate.Stdout, StringComparison.Ordinal);
    }
}

public sealed class CliTests_Sqlite : CliTests
{
    protected override Task<CliRunner> NewDatabaseAsync() => Task.FromResult(CliRunner.Sqlite(out _));
}

public sealed class CliTests_Postgres : CliTests
{
    protected override Task<CliRunner> NewDatabaseAsync() => CliRunner.PostgresAsync();
}

using Okra.Tests.Infrastructure;

namespace Okra.Tests.Cli;

/// <summary><c>generate</c>: the same seed gives the same organisation, on an empty database only.</summary>
public abstract class GenerateCliTests
{
    protected abstract Task<CliRunner> NewDatabaseAsync();

    [Fact]
    public async Task Generate_SameSeedTwice_SameExportAndRefusesANonEmptyDatabase()
    {
        var first = await NewDatabaseAsync();
        var generate = await first.RunAsync("generate", "--people", "40", "--seed", "3", "--year", "2026");
        Assert.True(generate.ExitCode == 0, generate.Stderr);
        Assert.Contains("40 people, 4 teams, 5 cycles, 20 objectives", generate.Stdout, StringComparison.Ordinal);

        var second = await NewDatabaseAsync();
        Assert.Equal(0, (await second.RunAsync("generate", "--people", "40", "--seed", "3", "--year", "2026")).ExitCode);
        var export = await first.RunAsync("export");
        Assert.Equal(export.Stdout, (await second.RunAsync("export")).Stdout);
        Assert.Contains("\"Name\": \"2026-Q4\"", export.Stdout, StringComparison.Ordinal);

        var again = await first.RunAsync("generate", "--people", "40");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds data", again.Stderr, StringComparison.Ordinal);
        var activities = await second.RunAsync("generate", "--activities", "1000");
        Assert.Equal(1, activities.ExitCode);
    }
}

public sealed class GenerateCliTests_Sqlite : GenerateCliTests
{
    protected override Task<CliRunner> NewDatabaseAsync() => Task.FromResult(CliRunner.Sqlite(out _));
}

public sealed class GenerateCliTests_Postgres : GenerateCliTests
{
    protected override Task<CliRunner> NewDatabaseAsync() => CliRunner.PostgresAsync();
}

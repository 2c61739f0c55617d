using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Okra.Cli;
using Okra.Data;

namespace Okra.Generation;

/// <summary>
/// <c>generate --people 10000 [--seed N] [--year 2026] [--activities N]</c>: a synthetic organisation for load tests,
/// written with raw bulk inserts (on SQLite committed in chunks of half a million rows, so a run that fails leaves a
/// database to delete, not to use).
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "How many people (teams are one in ten).", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same organisation.", DefaultValueFactory = _ => 1 };
        var year = new Option<int>("--year") { Description = "The fiscal year generated (default: last year, so every week has its check-in).", DefaultValueFactory = _ => DateTime.UtcNow.Year - 1 };
        var activities = new Option<long>("--activities") { Description = "Sales activities to add, with deals, MRR movements, survey answers and complaints in proportion (default 0).", DefaultValueFactory = _ => 0 };
        var command = new Command("generate", "Create a large synthetic organisation in an empty database, for load tests.") { people, seed, year, activities };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var count = parse.GetValue(people);
            if (count is < 1 or > 1_000_000) throw new CliException("--people must be between 1 and 1000000.");
            if (parse.GetValue(year) is < 1901 or > 2198) throw new CliException("--year must be between 1901 and 2198.");
            var db = services.GetRequiredService<OkraDbContext>();
            if (await db.People.AnyAsync(token) || await db.Teams.AnyAsync(token) || await db.Cycles.AnyAsync(token))
                throw new CliException("the database already holds data; generate writes into an empty database only.");
            var sales = SalesDataGenerators.For(parse.GetValue(activities));

            var clock = Stopwatch.StartNew();
            var organisation = new SyntheticOrganisation(count, parse.GetValue(seed), parse.GetValue(year));
            var hasOrganisation = await db.Organisations.AnyAsync(token);
            // Random-id indexes (people, check-ins) outgrow SQLite's default 2 MB page cache, which then spills and rereads
            // pages all along; 256 MB holds a 10,000-person organisation's indexes.
            if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", token);
            await using var writer = await BulkWriter.BeginAsync(db, token);
            if (!hasOrganisation) await writer.InsertAsync([organisation.Organisation], token);
            await writer.InsertAsync(organisation.People, token);
            await writer.InsertAsync(organisation.Teams, token);
            await writer.InsertAsync(organisation.Teams.SelectMany(t => t.Members), token);
            await writer.InsertAsync(organisation.Quarters.Prepend(organisation.Year), token);
            await writer.InsertAsync(organisation.Objectives, token);
            await writer.InsertAsync(organisation.Objectives.SelectMany(o => o.OwnerTeams), token);
            await writer.InsertAsync(organisation.KeyResults, token);
            var before = writer.Rows;
            await writer.InsertAsync(organisation.CheckIns(), token);
            var checkIns = writer.Rows - before;
            await sales.GenerateAsync(organisation, writer, token);
            await writer.CommitAsync(token);
            Console.WriteLine($"Generated {organisation}, {checkIns} check-ins ({writer.Rows} rows) in {clock.Elapsed.TotalSeconds:0.0} s, {writer.Rows / clock.Elapsed.TotalSeconds:0} rows/s.");
            return 0;
        }, ct));
        return command;
    }
}

/// <summary>
/// Writes the synthetic organisation's sales data (activities, deals, MRR movements, survey answers, complaints) through
/// the same <see cref="BulkWriter"/> and transaction, keyed to the organisation's people and teams.
/// </summary>
internal interface ISalesDataGenerator
{
    Task GenerateAsync(SyntheticOrganisation organisation, BulkWriter writer, CancellationToken ct);
}

internal static class SalesDataGenerators
{
    public static ISalesDataGenerator For(long activities) => activities switch
    {
        0 => new NoSalesData(),
        < 0 => throw new CliException("--activities must not be negative."),
        > 1_000_000_000 => throw new CliException("--activities must be at most 1000000000."),
        _ => new SyntheticSalesData(activities),
    };

    private sealed class NoSalesData : ISalesDataGenerator
    {
        public Task GenerateAsync(SyntheticOrganisation organisation, BulkWriter writer, CancellationToken ct) => Task.CompletedTask;
    }
}

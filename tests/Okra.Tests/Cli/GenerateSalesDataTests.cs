using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Okra.Data;
using Okra.Domain.CheckIns;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;
using Okra.Hosting;
using Okra.Metrics;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Cli;

/// <summary>
/// <c>generate --activities N</c>: N activities and sales records in proportion, the per-person daily counts matching them,
/// the same rows from the same seed, and automatic key results that compute from them.
/// </summary>
public abstract class GenerateSalesDataTests
{
    protected abstract Task<CliRunner> NewDatabaseAsync();

    [Fact]
    public async Task Generate_WithActivities_WritesSalesDataAndTheAutomaticKeyResultsCompute()
    {
        var cli = await NewDatabaseAsync();
        var run = await cli.RunAsync("generate", "--people", "40", "--seed", "3", "--year", "2026", "--activities", "5000");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("5000 activities", run.Stdout, StringComparison.Ordinal);

        await using var provider = Services(cli);
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OkraDbContext>();
            Assert.Equal(5000, await db.Activities.CountAsync());
            Assert.Equal(5000, await db.ActivityDays.SumAsync(d => d.Count));
            Assert.Equal(100, await db.Customers.CountAsync());
            Assert.Equal(100, await db.Deals.CountAsync());
            Assert.Equal(25, await db.SubscriptionMovements.CountAsync());
            Assert.Equal(50, await db.SurveyAnswers.CountAsync());
            Assert.Equal(10, await db.Complaints.CountAsync());
            Assert.True(await db.MetricBindings.CountAsync() > 2);
        }

        await using (var scope = provider.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<AutomaticKeyResults>().RecomputeAsync(null, default) > 0);

        await using (var scope = provider.CreateAsyncScope())
        {
            // A cold-call key result's system check-in for a week equals its owner's cold calls that week, counted from the rows.
            var db = scope.ServiceProvider.GetRequiredService<OkraDbContext>();
            var binding = await db.MetricBindings.AsNoTracking().FirstAsync(b => b.Metric == MetricId.Activities);
            var checkIn = await db.CheckIns.AsNoTracking().Where(c => c.KeyResultId == binding.KeyResultId && c.Source == CheckInSource.System)
                .OrderByDescending(c => c.Value).FirstAsync();
            var monday = checkIn.Date.AddDays(-(((int)checkIn.Date.DayOfWeek + 6) % 7));
            var calls = await db.Activities.CountAsync(a => a.OwnerPersonId == binding.OwnerPersonId && a.Type == ActivityType.ColdCall
                && a.Date >= monday && a.Date <= checkIn.Date);
            Assert.Equal(calls, checkIn.Value);
            Assert.True(calls > 0);
        }

        var again = await NewDatabaseAsync();
        Assert.Equal(0, (await again.RunAsync("generate", "--people", "40", "--seed", "3", "--year", "2026", "--activities", "5000")).ExitCode);
        await using var second = Services(again);
        await using var a = provider.CreateAsyncScope();
        await using var b = second.CreateAsyncScope();
        static Task<List<string>> Rows(AsyncServiceScope s) => s.ServiceProvider.GetRequiredService<OkraDbContext>().Activities.AsNoTracking()
            .OrderBy(x => x.ExternalId).Take(50).Select(x => x.Id + x.ExternalId + x.OwnerPersonId + x.Type + x.Date).ToListAsync();
        Assert.Equal(await Rows(a), await Rows(b));
    }

    /// <summary>The app's own services on the runner's database.</summary>
    private static ServiceProvider Services(CliRunner cli)
    {
        var settings = cli.Environment.ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => (string?)e.Value);
        settings["Okra:TimeZone"] = "UTC";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOkraCore(configuration);
        return services.BuildServiceProvider();
    }
}

public sealed class GenerateSalesDataTests_Sqlite : GenerateSalesDataTests
{
    protected override Task<CliRunner> NewDatabaseAsync() => Task.FromResult(CliRunner.Sqlite(out _));
}

public sealed class GenerateSalesDataTests_Postgres : GenerateSalesDataTests
{
    protected override Task<CliRunner> NewDatabaseAsync() => CliRunner.PostgresAsync();
}

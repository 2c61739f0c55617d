using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Okra.Demo;
using Okra.Domain.Sales;
using Okra.SalesData;

namespace Okra.Bench.Sales;

/// <summary>Ingestion on PostgreSQL (binary COPY into a staging table, then one merge): the demo organisation, then COUNT activities, twice.</summary>
internal static class PostgresCopy
{
    public static async Task RunAsync(string connection, int count)
    {
        await using var provider = BenchHost.Create(connection);
        await BenchHost.MigrateAsync(provider);
        await using (var scope = provider.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoOrganisation>().SeedAsync("en", default);
        var path = Path.Combine(Path.GetTempPath(), $"okra-pg-{count}.csv");
        ActivityCsv.Write(path, count, ActivityCsv.DemoSellers);
        var csv = CsvRows.Read(await File.ReadAllBytesAsync(path), new CsvOptions(CsvPresets.Plain(SalesRecordType.Activities), new Dictionary<string, string>(), null, null));
        foreach (var pass in new[] { "insert", "update (same ids)" })
        {
            await using var scope = provider.CreateAsyncScope();
            var clock = Stopwatch.StartNew();
            var report = await scope.ServiceProvider.GetRequiredService<SalesIngestion>().IngestAsync(SalesRecordType.Activities, csv.Rows, default);
            Console.WriteLine($"PostgreSQL {pass}: {report.Received:N0} activities in {clock.Elapsed.TotalSeconds:F2} s = {report.Received / clock.Elapsed.TotalSeconds:N0} rows/s " +
                $"(parse, COPY, merge, ActivityDays, automatic key results)");
        }
    }
}

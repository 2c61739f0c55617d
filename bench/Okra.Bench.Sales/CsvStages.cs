using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Okra.Domain.Sales;
using Okra.SalesData;

namespace Okra.Bench.Sales;

/// <summary>
/// Where <c>okra import activities FILE</c> spends its time, stage by stage in one process (the process start is not in
/// it): reading the CSV, parsing and validating every row (a dry run), then the whole import, twice (the second time
/// every row is sent again unchanged) — with CPU time, what the
/// garbage collector did and what was allocated. <c>csv-stages DIR FILE</c> on a SQLite folder the demo set up.
/// </summary>
internal static class CsvStages
{
    public static async Task RunAsync(string dir, string path)
    {
        await using var provider = BenchHost.Create(dir);
        var bytes = await File.ReadAllBytesAsync(path);
        var csv = Stage("read CSV", () => CsvRows.Read(bytes, new CsvOptions(CsvPresets.Plain(SalesRecordType.Activities))));
        await StageAsync("parse (dry run)", async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SalesIngestion>().IngestAsync(SalesRecordType.Activities, csv.Rows, dryRun: true, default);
        });
        foreach (var pass in new[] { "import", "import again" })
        {
            var report = await StageAsync(pass, async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<SalesIngestion>().IngestAsync(SalesRecordType.Activities, csv.Rows, default);
            });
            Console.WriteLine($"{"",-16} {report.Inserted:N0} inserted, {report.Updated:N0} updated, {report.KeyResultsUpdated} key results updated");
        }
    }

    private static T Stage<T>(string name, Func<T> work) => StageAsync(name, () => Task.FromResult(work())).GetAwaiter().GetResult();

    private static async Task<T> StageAsync<T>(string name, Func<Task<T>> work)
    {
        var (clock, cpu, gcs, pause, allocated) = (Stopwatch.StartNew(), Cpu(), GC.CollectionCount(0), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var result = await work();
        Console.WriteLine($"{name,-16} {clock.Elapsed.TotalSeconds,6:F2} s wall {(Cpu() - cpu) / 1000,6:F2} s CPU; " +
            $"{GC.CollectionCount(0) - gcs} GCs, {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F2} s paused, {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:N0} MB allocated  [load {File.ReadAllText("/proc/loadavg")[..4]}]");
        return result;
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
}

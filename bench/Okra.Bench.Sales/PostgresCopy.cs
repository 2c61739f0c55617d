using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Okra.Demo;
using Okra.Domain.Sales;
using Okra.SalesData;

namespace Okra.Bench.Sales;

/// <summary>
/// Ingestion on PostgreSQL (binary COPY, then set-based statements): the demo organisation, a warm-up batch of other
/// activities, then COUNT activities, twice (the second time every row is sent again unchanged). Beside the wall clock it gives the CPU
/// time of this process and of the server's processes (read from /proc, so only for a server on this machine, as the
/// bench's throwaway cluster is): on a loaded machine the CPU time is the steadier figure.
/// </summary>
internal static class PostgresCopy
{
    public static async Task RunAsync(string connection, int count)
    {
        await using var provider = BenchHost.Create(connection);
        await BenchHost.MigrateAsync(provider);
        await using (var scope = provider.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoOrganisation>().SeedAsync("en", default);
        var server = await ServerCpu.FindAsync(connection);
        var csv = await CsvAsync(count, "act-");
        // A running server has compiled its hot paths by its first large batch; a fresh process compiles them during it,
        // in tiers: a method called often enough is recompiled with counters, then, on a background thread, optimised
        // with what they counted. Two batches of other rows come first, timed apart, each followed by a pause in which
        // that compiler finishes what the batch queued, so that the passes below measure the ingestion itself.
        for (var round = 1; round <= WarmUpRounds; round++)
        {
            var warmUp = await CsvAsync(WarmUpRows, $"warm{round}-");
            await using var scope = provider.CreateAsyncScope();
            var (clock, cpu) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
            var report = await scope.ServiceProvider.GetRequiredService<SalesIngestion>().IngestAsync(SalesRecordType.Activities, warmUp.Rows, default);
            var (wall, used) = (clock.Elapsed.TotalSeconds, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpu);
            await Task.Delay(WarmUpPause);
            Console.WriteLine($"PostgreSQL warm-up {round} of {WarmUpRounds}: {report.Inserted:N0} other activities in {wall:F2} s = " +
                $"{report.Received / wall:N0} rows/s; this process {used:F2} s CPU, and {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpu - used:F2} s " +
                $"in the {WarmUpPause.TotalSeconds:F0} s pause after it  [load {File.ReadAllText("/proc/loadavg")[..4]}]");
        }
        foreach (var pass in new[] { "insert", "again (same rows)" })
        {
            await using var scope = provider.CreateAsyncScope();
            var (clock, cpu, serverCpu) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, server?.Seconds());
            var report = await scope.ServiceProvider.GetRequiredService<SalesIngestion>().IngestAsync(SalesRecordType.Activities, csv.Rows, default);
            var (wall, client) = (clock.Elapsed.TotalSeconds, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpu);
            var both = server is null ? "" : $"; server {server.Seconds() - serverCpu:F2} s CPU, together {report.Received / (client + server.Seconds() - serverCpu!.Value):N0} rows per CPU second";
            Console.WriteLine($"PostgreSQL {pass}: {report.Received:N0} activities ({report.Inserted:N0} new, {report.Updated:N0} updated) in {wall:F2} s = {report.Received / wall:N0} rows/s; " +
                $"this process {client:F2} s CPU{both}  [load {File.ReadAllText("/proc/loadavg")[..4]}] (parse, COPY, merge, ActivityDays, automatic key results)");
        }
    }

    private const int WarmUpRows = 100_000;
    private const int WarmUpRounds = 2;
    private static readonly TimeSpan WarmUpPause = TimeSpan.FromSeconds(2);

    private static async Task<CsvFile> CsvAsync(int count, string idPrefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"okra-pg-{idPrefix}{count}.csv");
        ActivityCsv.Write(path, count, ActivityCsv.DemoSellers, idPrefix);
        return CsvRows.Read(await File.ReadAllBytesAsync(path), new CsvOptions(CsvPresets.Plain(SalesRecordType.Activities), new Dictionary<string, string>(), null, null));
    }

    /// <summary>The CPU time of a PostgreSQL server on this machine: the postmaster, its live processes and those it has reaped.</summary>
    private sealed class ServerCpu(int postmaster)
    {
        public static async Task<ServerCpu?> FindAsync(string connection)
        {
            await using var db = new NpgsqlConnection(connection + ";Database=postgres");
            await db.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", db);
            var backend = (int)(await command.ExecuteScalarAsync())!;
            var stat = $"/proc/{backend}/stat";
            return File.Exists(stat) ? new ServerCpu(int.Parse(Fields(File.ReadAllText(stat))[1], CultureInfo.InvariantCulture)) : null;
        }

        public double Seconds()
        {
            var ticks = 0L;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
                string text;
                try { text = File.ReadAllText(Path.Combine(dir, "stat")); }
                catch (IOException) { continue; } // the process ended while the folder was listed
                var f = Fields(text);
                var parent = int.Parse(f[1], CultureInfo.InvariantCulture);
                if (pid != postmaster && parent != postmaster) continue;
                ticks += long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture);
                if (pid == postmaster) ticks += long.Parse(f[13], CultureInfo.InvariantCulture) + long.Parse(f[14], CultureInfo.InvariantCulture);
            }
            return ticks / 100.0;
        }

        /// <summary>The fields of /proc/PID/stat after the command name (field 3, the state, comes first).</summary>
        private static string[] Fields(string stat) => stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    }
}

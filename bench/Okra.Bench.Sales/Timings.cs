using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Okra.Data;
using Okra.Domain.Sales;
using Okra.Metrics;
using Okra.SalesData;

namespace Okra.Bench.Sales;

/// <summary>Wall-clock timings through the app's own services, each in a fresh DI scope as a request would run.</summary>
internal static class Timings
{
    /// <summary>Recomputes every automatic key result <paramref name="runs"/> times; the first run also writes every window's first system check-in.</summary>
    public static async Task RecomputeAsync(string dir, int runs)
    {
        await using var provider = BenchHost.Create(dir);
        for (var run = 1; run <= runs; run++)
        {
            await using var scope = provider.CreateAsyncScope();
            var (clock, cpu) = (Stopwatch.StartNew(), Cpu());
            var updated = await scope.ServiceProvider.GetRequiredService<AutomaticKeyResults>().RecomputeAsync(null, default);
            Console.WriteLine($"recompute run {run}: {clock.Elapsed.TotalMilliseconds:N0} ms wall, {Cpu() - cpu:N0} ms CPU, {updated:N0} key results got a new value");
        }
    }

    /// <summary>CPU time of this process so far, in ms (the SQLite engine runs in-process, so it counts too).</summary>
    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    /// <summary>Where a full recompute spends its time: bindings, owners, windows, metric values.</summary>
    public static async Task ProfileAsync(string dir)
    {
        await using var provider = BenchHost.Create(dir);
        for (var run = 1; run <= 2; run++)
        {
            Console.WriteLine(run == 1 ? "first run (EF model and queries compiled on the way):" : "warm:");
            await ProfileAsync(provider);
        }
    }

    private static async Task ProfileAsync(ServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var automatic = scope.ServiceProvider.GetRequiredService<AutomaticKeyResults>();
        var today = scope.ServiceProvider.GetRequiredService<Okra.Hosting.Today>().Date;
        var (clock, cpu) = (Stopwatch.StartNew(), Cpu());
        var bound = await automatic.BoundAsync(null, default);
        Console.WriteLine($"bindings: {clock.ElapsedMilliseconds} ms wall, {Cpu() - cpu:N0} ms CPU ({bound.Count})");
        clock.Restart();
        cpu = Cpu();
        var owners = await automatic.OwnersAsync(bound, default);
        Console.WriteLine($"owners: {clock.ElapsedMilliseconds} ms wall, {Cpu() - cpu:N0} ms CPU");
        clock.Restart();
        cpu = Cpu();
        var requests = bound.SelectMany(b => b.Windows(today).Select(w => new MetricRequest(b.Binding.Metric, b.Binding.Filter(owners[b.KeyResult.Id]), w.Window))).ToList();
        Console.WriteLine($"windows: {clock.ElapsedMilliseconds} ms wall, {Cpu() - cpu:N0} ms CPU ({requests.Count})");
        clock.Restart();
        cpu = Cpu();
        await scope.ServiceProvider.GetRequiredService<MetricQuery>().EvaluateAsync(requests, default);
        Console.WriteLine($"values: {clock.ElapsedMilliseconds} ms wall, {Cpu() - cpu:N0} ms CPU");
        clock.Restart();
        cpu = Cpu();
        var checkIns = await scope.ServiceProvider.GetRequiredService<OkraDbContext>().CheckIns.AsNoTracking().Select(c => new { c.KeyResultId, c.Date, c.Value, c.CreatedAt, c.Id }).ToListAsync();
        Console.WriteLine($"check-ins: {clock.ElapsedMilliseconds} ms wall, {Cpu() - cpu:N0} ms CPU ({checkIns.Count})");
    }

    /// <summary>Ingests <paramref name="runs"/> batches of 1,000 new activities of 50 people dated today and yesterday.</summary>
    public static async Task BatchAsync(string dir, int runs)
    {
        await using var provider = BenchHost.Create(dir);
        await BenchHost.StartAppServicesAsync(provider);
        List<string> emails;
        await using (var scope = provider.CreateAsyncScope())
            emails = await scope.ServiceProvider.GetRequiredService<OkraDbContext>().People.OrderBy(p => p.Email).Select(p => p.Email).ToListAsync();
        var random = new Random(3);
        var times = new List<double>();
        var cpus = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var owners = Enumerable.Range(0, 50).Select(_ => emails[random.Next(emails.Count)]).ToList();
            var stamp = DateTime.UtcNow.Ticks;
            var rows = Enumerable.Range(0, 1000).Select(i => new RawRow(i + 1, new Dictionary<string, string?>
            {
                ["id"] = $"batch-{stamp}-{i}", ["type"] = i % 3 == 0 ? "meeting" : "coldCall", ["owner"] = owners[i % owners.Count],
                ["at"] = DateTime.UtcNow.AddDays(-(i % 2)).AddMinutes(-i).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            })).ToList();
            await using var scope = provider.CreateAsyncScope();
            var (clock, cpu) = (Stopwatch.StartNew(), Cpu());
            var report = await scope.ServiceProvider.GetRequiredService<SalesIngestion>().IngestAsync(SalesRecordType.Activities, rows, default);
            times.Add(clock.Elapsed.TotalMilliseconds);
            cpus.Add(Cpu() - cpu);
            if (!report.Succeeded) throw new InvalidOperationException(string.Join("; ", report.Rejected.Select(r => r.Reason)));
            Console.WriteLine($"batch {run}: {clock.Elapsed.TotalMilliseconds:N1} ms wall, {cpus[^1]:N1} ms CPU, {report.Inserted} inserted, {report.KeyResultsUpdated} key results updated");
        }
        var sorted = times.Skip(1).Order().ToList();
        var cpuSorted = cpus.Skip(1).Order().ToList();
        Console.WriteLine($"1,000-activity batch: median {sorted[sorted.Count / 2]:N1} ms wall ({cpuSorted[cpuSorted.Count / 2]:N1} ms CPU), " +
            $"max {sorted[^1]:N1} ms wall (first run, {times[0]:N1} ms, excluded as warm-up)");
    }
}

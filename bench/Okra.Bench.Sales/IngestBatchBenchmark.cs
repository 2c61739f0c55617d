using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Okra.Data;
using Okra.Domain.Sales;
using Okra.SalesData;

namespace Okra.Bench.Sales;

/// <summary>
/// One batch of 1,000 new activities of 50 people, ingested with the key results it touches, on the synthetic organisation
/// in <c>OKRA_BENCH_SYNTHETIC</c> (made by <c>okra generate --people P --activities N</c>):
/// <c>OKRA_BENCH_SYNTHETIC=DIR dotnet run -c Release --project bench/Okra.Bench.Sales -- --filter '*IngestBatch*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class IngestBatchBenchmark
{
    private ServiceProvider provider = null!;
    private List<string> emails = [];
    private List<RawRow> rows = [];
    private int batch;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Environment.GetEnvironmentVariable("OKRA_BENCH_SYNTHETIC") ?? throw new InvalidOperationException("Set OKRA_BENCH_SYNTHETIC to a synthetic organisation's folder.");
        provider = BenchHost.Create(dir);
        using var scope = provider.CreateScope();
        emails = scope.ServiceProvider.GetRequiredService<OkraDbContext>().People.OrderBy(p => p.Email).Select(p => p.Email).ToList();
    }

    [IterationSetup]
    public void NextBatch()
    {
        var random = new Random(batch);
        var owners = Enumerable.Range(0, 50).Select(_ => emails[random.Next(emails.Count)]).ToList();
        var stamp = $"bdn-{Environment.ProcessId}-{batch++}";
        rows = Enumerable.Range(0, 1000).Select(i => new RawRow(i + 1, new Dictionary<string, string?>
        {
            ["id"] = $"{stamp}-{i}", ["type"] = i % 3 == 0 ? "meeting" : "coldCall", ["owner"] = owners[i % owners.Count],
            ["at"] = DateTime.UtcNow.AddMinutes(-i).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        })).ToList();
    }

    [Benchmark]
    public async Task<int> IngestBatch()
    {
        await using var scope = provider.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SalesIngestion>().IngestAsync(SalesRecordType.Activities, rows, default);
        return report.KeyResultsUpdated;
    }

    [GlobalCleanup]
    public void Cleanup() => provider.Dispose();
}

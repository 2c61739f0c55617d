using System.Globalization;
using BenchmarkDotNet.Running;

namespace Okra.Bench.Sales;

/// <summary>
/// <c>csv COUNT FILE [EMAIL…]</c> writes an activities CSV; <c>csv-stages DIR FILE</c> times its import stage by stage; <c>copy CONNECTION COUNT</c> times ingestion on PostgreSQL;
/// <c>recompute DIR</c> and <c>batch DIR</c> time the full recompute and one 1,000-activity batch on a synthetic
/// organisation that <c>okra generate --people P --activities N</c> made in the SQLite folder DIR. Anything else goes to BenchmarkDotNet
/// (<c>-- --filter '*'</c>).
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
        switch (args.FirstOrDefault())
        {
            case "csv": ActivityCsv.Write(args[2], Int(args[1]), args.Length > 3 ? args[3..] : ActivityCsv.DemoSellers); return 0;
            case "copy": await PostgresCopy.RunAsync(args[1], Int(args[2])); return 0;
            case "recompute": await Timings.RecomputeAsync(args[1], args.Length > 2 ? Int(args[2]) : 3); return 0;
            case "profile": await Timings.ProfileAsync(args[1]); return 0;
            case "csv-stages": await CsvStages.RunAsync(args[1], args[2]); return 0;
            case "batch": await Timings.BatchAsync(args[1], args.Length > 2 ? Int(args[2]) : 20); return 0;
            default: BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args); return 0;
        }
    }
}

using BenchmarkDotNet.Running;

namespace Okra.Bench.Web;

/// <summary>dotnet run -c Release --project bench/Okra.Bench.Web -- --filter '*'</summary>
public static class BenchProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
}

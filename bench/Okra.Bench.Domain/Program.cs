using BenchmarkDotNet.Running;

namespace Okra.Bench.Domain;

/// <summary>dotnet run -c Release --project bench/Okra.Bench.Domain -- --filter '*'</summary>
public static class BenchProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
}

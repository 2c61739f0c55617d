using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Okra.Bench.Floor;

// The floor of bench/load.sh: what the database alone costs for the rows the team-tree endpoint reads and for the
// rows a check-in writes, through Microsoft.Data.Sqlite with the app's connection settings — no EF, no HTTP, no
// domain rules. One operation after another on one thread, timed each, for a number of seconds.
//   dotnet Okra.Bench.Floor.dll --db FILE --cycle ID --teams FILE --key-results FILE [--seconds 10]
var options = FloorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Okra.Bench.Floor --db FILE --cycle ID --teams FILE --key-results FILE [--seconds N]");
    return 2;
}

var connectionString = new SqliteConnectionStringBuilder { DataSource = options.Database, DefaultTimeout = 30, Pooling = true }.ToString();
var teams = File.ReadAllLines(options.TeamsFile).Where(l => l.Length > 0).Select(Guid.Parse).ToList();
var keyResults = File.ReadAllLines(options.KeyResultsFile).Where(l => l.Length > 0).Select(Guid.Parse).ToList();

var reads = Timed(options.Seconds, i => TeamTreeRows.Read(connectionString, options.Cycle, teams[i % teams.Count]));
string author;
using (var connection = new SqliteConnection(connectionString))
{
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT Id FROM People ORDER BY Id LIMIT 1";
    author = (string)command.ExecuteScalar()!;
}
var writes = Timed(options.Seconds, i => CheckInRow.Write(connectionString, keyResults[i % keyResults.Count], author, i));
Console.WriteLine(reads.Format("read"));
Console.WriteLine(writes.Format("write"));
return 0;

static Timings Timed(double seconds, Func<int, int> operation)
{
    for (var i = 0; i < 50; i++) operation(i); // warm-up: pooled connections, prepared statements, page cache
    var samples = new List<double>();
    var rows = 0L;
    var total = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    for (var i = 0; total.Elapsed.TotalSeconds < seconds; i++)
    {
        var start = Stopwatch.GetTimestamp();
        rows += operation(i);
        samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
    var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    samples.Sort();
    return new Timings(samples, rows, total.Elapsed.TotalSeconds, cpuMs);
}

internal sealed record Timings(List<double> Samples, long Rows, double Seconds, double CpuMs)
{
    private double Percentile(double p) => Samples[Math.Min(Samples.Count - 1, (int)Math.Ceiling(p / 100 * Samples.Count) - 1)];

    public string Format(string name) => string.Create(CultureInfo.InvariantCulture,
        $"FLOOR {name} ops={Samples.Count} rows_per_op={(double)Rows / Samples.Count:0.0} ops_per_s={Samples.Count / Seconds:0} p50={Percentile(50):0.000} p99={Percentile(99):0.000} cpu_ms_per_op={CpuMs / Samples.Count:0.000}");
}

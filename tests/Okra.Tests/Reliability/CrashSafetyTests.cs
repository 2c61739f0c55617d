using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Reliability;

/// <summary>
/// 50 writers post check-ins to the app running as its own process, which is killed with SIGKILL mid-load and
/// started again: every check-in that was answered 2xx must be there, and the database must pass its own check.
/// </summary>
public abstract partial class CrashSafetyTests
{
    private const int Writers = 50;

    protected abstract Task<CliRunner> NewDatabaseAsync();

    /// <summary>The database's own consistency check after the crash; answers what it found wrong, or "ok".</summary>
    protected abstract Task<string> IntegrityCheckAsync(IReadOnlyDictionary<string, string> environment);

    [Fact]
    public async Task KillMidLoad_Restart_EveryAcknowledgedCheckInIsThereAndTheDatabaseIsSound()
    {
        var okra = await NewDatabaseAsync();
        Assert.Equal(0, (await okra.RunAsync("demo", "--lang", "en")).ExitCode);
        var token = TokenLine().Match((await okra.RunAsync("tokens", "create", "--user", "anna.kovacs@demo.okra.local", "--scope", "write", "--expires", "1d")).Stdout).Value;
        Assert.StartsWith("okra_", token, StringComparison.Ordinal);

        var acknowledged = new ConcurrentDictionary<Guid, decimal>();
        List<Guid> keyResults;
        await using (var app = await AppProcess.StartAsync(okra.Environment))
        {
            using var http = Client(app, token);
            keyResults = await MetricKeyResultsAsync(http);
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(http, w, keyResults, acknowledged, stop.Token))).ToArray();
            // Kill once the load is well under way, while every writer still has a request in flight.
            while (acknowledged.Count < 300) await Task.Delay(20);
            await app.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        await using (var restarted = await AppProcess.StartAsync(okra.Environment))
        {
            using var http = Client(restarted, token);
            var stored = new Dictionary<Guid, decimal>();
            foreach (var keyResult in keyResults)
            {
                foreach (var checkIn in (await http.GetFromJsonAsync<JsonArray>($"/api/v1/key-results/{keyResult}/check-ins"))!)
                    stored[Guid.Parse((string)checkIn!["id"]!)] = (decimal)checkIn["value"]!;
            }
            var lost = acknowledged.Where(a => !stored.TryGetValue(a.Key, out var value) || value != a.Value).ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged check-ins are missing or changed after the crash.");
            var after = await http.PostAsJsonAsync($"/api/v1/key-results/{keyResults[0]}/check-ins", new { value = 1m, confidence = 5 });
            Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        }
        Assert.Equal("ok", await IntegrityCheckAsync(okra.Environment));
    }

    private static async Task WriteAsync(HttpClient http, int writer, List<Guid> keyResults, ConcurrentDictionary<Guid, decimal> acknowledged, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var value = writer * 1_000_000m + n;
            try
            {
                using var response = await http.PostAsJsonAsync($"/api/v1/key-results/{keyResults[(writer + n) % keyResults.Count]}/check-ins",
                    new { value, confidence = n % 11, comment = $"writer {writer}, check-in {n}" }, stop);
                if (!response.IsSuccessStatusCode) continue;
                var body = await response.Content.ReadFromJsonAsync<JsonObject>(stop);
                acknowledged[Guid.Parse((string)body!["checkIn"]!["id"]!)] = value;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                // The app died under this request: it was never acknowledged, so it may or may not be stored.
                return;
            }
        }
    }

    /// <summary>The active metric key results of the current quarter, any value being valid for them.</summary>
    private static async Task<List<Guid>> MetricKeyResultsAsync(HttpClient http)
    {
        var cycle = (string)(await http.GetFromJsonAsync<JsonObject>("/api/v1/cycles/current"))!["id"]!;
        var tree = await http.GetFromJsonAsync<JsonObject>($"/api/v1/cycles/{cycle}/tree");
        var objectives = new Stack<JsonNode>(tree!["objectives"]!.AsArray()!);
        var found = new List<Guid>();
        while (objectives.TryPop(out var objective))
        {
            foreach (var child in objective["children"]!.AsArray()) objectives.Push(child!);
            found.AddRange(objective["keyResults"]!.AsArray()
                .Where(k => string.Equals((string)k!["kind"]!, "metric", StringComparison.OrdinalIgnoreCase)
                    && string.Equals((string)k["state"]!, "active", StringComparison.OrdinalIgnoreCase))
                .Select(k => Guid.Parse((string)k!["id"]!)));
        }
        Assert.NotEmpty(found);
        return found;
    }

    private static HttpClient Client(AppProcess app, string token)
    {
        var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    [GeneratedRegex("okra_[A-Za-z0-9_-]{20,}")]
    private static partial Regex TokenLine();
}

public sealed class CrashSafetyTests_Sqlite : CrashSafetyTests
{
    protected override Task<CliRunner> NewDatabaseAsync() => Task.FromResult(CliRunner.Sqlite(out _));

    protected override async Task<string> IntegrityCheckAsync(IReadOnlyDictionary<string, string> environment)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(environment["Okra__DataDirectory"], "okra.db")};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}

public sealed class CrashSafetyTests_Postgres : CrashSafetyTests
{
    protected override Task<CliRunner> NewDatabaseAsync() => CliRunner.PostgresAsync();

    /// <summary>amcheck verifies every B-tree index against its table (heapallindexed), which finds torn or missing entries.</summary>
    protected override async Task<string> IntegrityCheckAsync(IReadOnlyDictionary<string, string> environment)
    {
        await using var connection = new NpgsqlConnection(environment["ConnectionStrings__Okra"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            CREATE EXTENSION IF NOT EXISTS amcheck;
            SELECT count(*) FROM (
              SELECT bt_index_check(c.oid, true) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
              JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE a.amname = 'btree' AND n.nspname = 'public') checked;
            """, connection);
        var indexes = (long)(await command.ExecuteScalarAsync())!;
        return indexes > 0 ? "ok" : "no index was checked";
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Okra.Accounts;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.People;
using Okra.Hosting;

// The app's folder (static files, settings), relative to bin/Release/net10.0; the factory cannot guess it outside tests/.
[assembly: WebApplicationFactoryContentRoot("Okra", "../../../../../src/Okra", "Okra.csproj", "1")]

namespace Okra.Bench.Web;

/// <summary>
/// The tree page as a browser first gets it — <c>GET /tree</c>, rendered on the server with its data — and the tree API
/// beside it, on a SQLite file: for the demo organisation (target &lt; 300 ms) and for 2,000 objectives with 8,000 key
/// results (target &lt; 1 s).
/// </summary>
[MemoryDiagnoser]
[InProcess] // the app is hosted in the benchmark process; no separate build of boilerplate
[WarmupCount(3)]
[IterationCount(15)]
public class TreePageBenchmarks : IDisposable
{
    private BenchApp? app;
    private HttpClient? client;
    private string cycleId = "";

    [Params("demo", "2000 objectives")]
    public string Organisation { get; set; } = "demo";

    [GlobalSetup]
    public async Task SetUp()
    {
        app = new BenchApp(demo: Organisation == "demo");
        client = app.CreateClient();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OkraDbContext>();
        if (Organisation != "demo") await SyntheticOkrs.SeedAsync(db, scope.ServiceProvider.GetRequiredService<Today>().Date, objectives: 2000);
        var person = new Person("Bench Admin", "bench@example.test", "en");
        db.People.Add(person);
        await db.SaveChangesAsync();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var user = await accounts.CreateAsync(person, AccountRole.Admin, "bench-password-1", "bench", default);
        var (_, secret) = await accounts.IssueTokenAsync(user, "bench", TokenScope.Read, TimeSpan.FromDays(1), "bench", default);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var current = await client.GetFromJsonAsync<CycleId>("/api/v1/cycles/current") ?? throw new InvalidOperationException("No current cycle.");
        cycleId = current.Id.ToString();
        var page = await TreePage();
        Console.WriteLine($"// {Organisation}: GET /tree answers {page.Length:N0} characters of HTML");
    }

    [Benchmark(Description = "GET /tree (server-rendered page)")]
    public Task<string> TreePage() => client!.GetStringAsync("/tree");

    [Benchmark(Description = "GET /api/v1/cycles/{id}/tree")]
    public Task<string> TreeApi() => client!.GetStringAsync($"/api/v1/cycles/{cycleId}/tree");

    [GlobalCleanup]
    public void Dispose()
    {
        client?.Dispose();
        app?.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed record CycleId(Guid Id);

    private sealed class BenchApp : WebApplicationFactory<global::Program>
    {
        private readonly string directory = Directory.CreateTempSubdirectory("okra-bench-").FullName;
        private readonly bool demo;

        public BenchApp(bool demo) => this.demo = demo;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Okra:Database:Provider", "Sqlite");
            builder.UseSetting("Okra:DataDirectory", directory);
            builder.UseSetting("Okra:Demo", demo ? "true" : "false");
            builder.UseSetting("Okra:RateLimits:ApiPerMinute", "1000000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (disposing && Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }
}

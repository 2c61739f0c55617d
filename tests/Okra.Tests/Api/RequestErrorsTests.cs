using System.Net;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Api;

/// <summary>Bodies the API cannot read: each answers a 400 ProblemDetails, naming the field where there is one, and writes nothing.</summary>
public abstract class RequestErrorsTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task Post_TruncatedJson_Answers400ProblemDetails()
    {
        var cycle = await CycleAsync();
        var before = await CountObjectivesAsync();

        var response = await Client.PostAsync("/api/v1/objectives",
            new StringContent($$"""{"cycleId": "{{cycle}}", "title": """, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
        Assert.Equal(before, await CountObjectivesAsync());
    }

    [Theory]
    [InlineData("baseline", "\"abc\"")]
    [InlineData("kind", "\"banana\"")]
    [InlineData("ownerPersonId", "\"not-a-guid\"")]
    [InlineData("target", "[10]")]
    public async Task Post_ValueOfWrongType_NamesThatFieldAndWritesNothing(string field, string value)
    {
        var (person, _, objective) = await WorldAsync();
        var fields = new Dictionary<string, string>
        {
            ["objectiveId"] = $"\"{objective}\"", ["title"] = "\"Wrong type\"", ["ownerPersonId"] = $"\"{person}\"",
            ["kind"] = "\"metric\"", ["baseline"] = "1", ["target"] = "10",
        };
        fields[field] = value;

        var problem = await PostRawAsync("/api/v1/key-results", "{" + string.Join(", ", fields.Select(f => $"\"{f.Key}\": {f.Value}")) + "}");

        AssertNamesField(problem, field);
        Assert.Empty((await GetAsync($"/api/v1/objectives/{objective}"))["objective"]!["keyResults"]!.AsArray());
    }

    [Fact]
    public async Task Post_JsonArrayInsteadOfObject_Answers400ProblemDetails()
    {
        var before = await CountObjectivesAsync();

        var problem = await PostRawAsync("/api/v1/objectives", "[1, 2, 3]");

        Assert.Equal(400, (int)problem["status"]!);
        Assert.Equal(before, await CountObjectivesAsync());
    }

    private async Task<int> CountObjectivesAsync() =>
        (await GetAsync("/api/v1/objectives?includeArchived=true")).AsArray().Count;
}

public sealed class RequestErrorsTests_Sqlite(SqliteApp app) : RequestErrorsTests(app), IClassFixture<SqliteApp>;

public sealed class RequestErrorsTests_Postgres(PostgresApp app) : RequestErrorsTests(app), IClassFixture<PostgresApp>;

using System.Net;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Health;

public abstract class HealthTests(OkraApp app) : ApiTestBase(app)
{
    [Fact]
    public async Task Health_DatabaseReachable_Answers200()
    {
        var response = await Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheTreeEndpoint()
    {
        var document = await GetAsync("/openapi/v1.json");
        Assert.NotNull(document["paths"]!["/api/v1/cycles/{id}/tree"]);
        var docs = await Client.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("text/html", docs.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedOut_OnlyHealthAnswers()
    {
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        foreach (var url in new[] { "/openapi/v1.json", "/api/docs/", "/api/v1/cycles", "/api/v1/organisation" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{url} answered {(int)response.StatusCode} to a signed-out caller");
        }
    }
}

public sealed class HealthTests_Sqlite(SqliteApp app) : HealthTests(app), IClassFixture<SqliteApp>;

public sealed class HealthTests_Postgres(PostgresApp app) : HealthTests(app), IClassFixture<PostgresApp>;

using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Security;

/// <summary>
/// The authorization matrix: every endpoint × every kind of caller, each cell sent through the real pipeline (token
/// authentication, the read-only guard, the signed-in fallback, admin filters and the handlers' own checks).
/// </summary>
public abstract partial class AuthorizationMatrixTests(OkraApp app)
{
    /// <summary>
    /// The matrix covers Okra's HTTP API and /health. Outside it: the Scalar reference (under /api/docs) and the OpenAPI
    /// document are those libraries' routes, whose signed-out 401 HealthTests covers; "/" and the rest of the web UI (pages,
    /// the Blazor circuit, static files, the /account forms) sign in by cookie only and answer with redirects, so the
    /// token columns of this table do not apply to them.
    /// </summary>
    private static bool IsApi(string route) =>
        route == "/health"
        || (route.StartsWith("/api/", StringComparison.Ordinal) && route != "/api/docs" && !route.StartsWith("/api/docs/", StringComparison.Ordinal));

    [Fact]
    public void EveryEndpoint_HasARow()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (Method: m, Route: Shape(e.RoutePattern.RawText ?? ""))))
            .Where(e => IsApi(e.Route))
            .Distinct().ToList();
        var rows = AuthorizationMatrix.Rows.Select(r => (r.Method, Route: Shape(r.Route))).Distinct().ToList();

        var missing = endpoints.Where(e => !rows.Any(r => r.Route == e.Route && (e.Method == "*" || r.Method == e.Method))).ToList();
        var stale = rows.Where(r => !endpoints.Any(e => e.Route == r.Route && (e.Method == "*" || e.Method == r.Method))).ToList();

        Assert.True(missing.Count == 0 && stale.Count == 0,
            (missing.Count == 0 ? "" : "Endpoints without a row in AuthorizationMatrix.Rows:\n  " + string.Join("\n  ", missing) + "\n")
            + (stale.Count == 0 ? "" : "Rows naming no endpoint:\n  " + string.Join("\n  ", stale)));
    }

    [Fact]
    public async Task EveryCell_AnswersTheStatusOfTheRolesTable()
    {
        using var world = await MatrixWorld.BuildAsync(app);
        var callers = Enum.GetValues<Caller>();
        var mismatches = new List<string>();
        var cells = 0;

        foreach (var row in AuthorizationMatrix.Rows)
        {
            for (var column = 0; column < callers.Length; column++)
            {
                var caller = callers[column];
                var cell = new MatrixCell(world);
                var body = row.Arrange is null ? null : await row.Arrange(cell);
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), Resolve(row.Route, cell.Ids));
                if (body is not null) request.Content = JsonContent.Create(body, options: ApiTestBase.Json);
                using var response = await world.ClientOf(caller).SendAsync(request);
                cells++;
                if ((int)response.StatusCode == row.Expected[column]) continue;
                var text = await response.Content.ReadAsStringAsync();
                mismatches.Add($"{row} as {caller}: expected {row.Expected[column]}, got {(int)response.StatusCode} {text[..Math.Min(text.Length, 200)]}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cells} cells differ from the roles table:\n" + string.Join("\n", mismatches));
    }

    /// <summary>A route with its parameters and query blanked and no trailing slash: "/api/v1/teams/{id:guid}/" → "/api/v1/teams/{}".</summary>
    private static string Shape(string route)
    {
        var path = route.Split('?')[0];
        path = Parameter().Replace(path, "{}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    private static string Resolve(string route, Dictionary<string, Guid> ids) =>
        Placeholder().Replace(route, m => ids.TryGetValue(m.Groups[1].Value, out var id)
            ? id.ToString()
            : throw new InvalidOperationException($"{route}: nothing fills {{{m.Groups[1].Value}}}."));

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}

public sealed class AuthorizationMatrixTests_Sqlite(SqliteApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteApp>;

public sealed class AuthorizationMatrixTests_Postgres(PostgresApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgresApp>;

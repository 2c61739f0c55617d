using System.Net;
using System.Net.Http.Json;
using Okra.Domain.Access;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Security;

/// <summary>Sign-in, lockout, invitations, tokens, sanitized comments and security headers, through the real pipeline.</summary>
public abstract class AccountSecurityTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task SignIn_TenWrongPasswords_LocksTheAccountAndAuditsEachAttempt()
    {
        var account = await App.AccountAsync(AccountRole.Member);
        using var browser = App.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
            statuses.Add((await browser.PostAsJsonAsync("/api/v1/auth/sign-in", new { email = account.Email, password = "wrong-password-9" })).StatusCode);

        Assert.All(statuses.Take(4), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.All(statuses.Skip(4), s => Assert.Equal((HttpStatusCode)423, s));
        var right = await browser.PostAsJsonAsync("/api/v1/auth/sign-in", new { email = account.Email, password = account.Password });
        Assert.Equal((HttpStatusCode)423, right.StatusCode);

        var audit = (await GetAsync($"/api/v1/users/{account.UserId}/audit")).AsArray();
        Assert.True(audit.Count(e => (string)e!["field"]! == "SignInFailed") >= 5);
    }

    [Fact]
    public async Task SignIn_RightPassword_SetsASessionCookieUntilSignOut()
    {
        var account = await App.AccountAsync(AccountRole.Viewer);
        using var browser = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);

        var signIn = await ReadAsync(await browser.PostAsJsonAsync("/api/v1/auth/sign-in", new { email = account.Email, password = account.Password }), HttpStatusCode.OK);
        Assert.Equal("viewer", (string)signIn["role"]!);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/cycles")).StatusCode);

        await browser.PostAsync("/api/v1/auth/sign-out", null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/cycles")).StatusCode);
    }

    [Fact]
    public async Task Invitation_SetsThePasswordOnceAndSignsIn()
    {
        var invitation = await PostAsync("/api/v1/users", new { name = "Új Kolléga", email = $"{Guid.NewGuid():N}@example.test", role = "member" });
        var url = new Uri((string)invitation["invitationUrl"]!);
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        using var browser = App.CreateClient();
        var accept = new { userId = query["user"], code = query["code"], password = "brand-new-pass-7" };

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsJsonAsync("/api/v1/auth/accept-invitation", accept)).StatusCode);
        var again = await ReadAsync(await browser.PostAsJsonAsync("/api/v1/auth/accept-invitation", accept), HttpStatusCode.BadRequest);
        AssertNamesField(again, "code");
        var email = (string)invitation["user"]!["email"]!;
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync("/api/v1/auth/sign-in", new { email, password = "brand-new-pass-7" })).StatusCode);
    }

    [Fact]
    public async Task Token_Revoked_Gets401OnItsNextCall()
    {
        var created = await PostAsync("/api/v1/tokens", new { name = "HubSpot sync", scope = "write", expiresInDays = 30 });
        var secret = (string)created["secret"]!;
        Assert.StartsWith("okra_", secret, StringComparison.Ordinal);
        using var integration = App.ClientWithToken(secret);
        Assert.Equal(HttpStatusCode.OK, (await integration.GetAsync("/api/v1/cycles")).StatusCode);

        await DeleteAsync($"/api/v1/tokens/{IdOf(created["token"]!)}");

        var after = await integration.GetAsync("/api/v1/cycles");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("problem+json", after.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var listed = (await GetAsync("/api/v1/tokens")).AsArray().Single(t => IdOf(t!) == IdOf(created["token"]!))!;
        Assert.NotNull(listed["revokedAt"]);
        Assert.NotNull(listed["lastUsedAt"]);
        Assert.DoesNotContain(secret, listed.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_WithScript_ComesBackEscapedAndSanitized()
    {
        var (_, _, objective) = await WorldAsync();
        var comment = await PostAsync("/api/v1/comments",
            new { objectiveId = objective, body = "**Heads up** <script>alert('x')</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>" });

        var html = (string)comment["html"]!;
        Assert.Contains("<strong>Heads up</strong>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<script>", (string)comment["body"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var response = await Client.GetAsync("/api/v1/cycles");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}

public sealed class AccountSecurityTests_Sqlite(SqliteApp app) : AccountSecurityTests(app), IClassFixture<SqliteApp>;

public sealed class AccountSecurityTests_Postgres(PostgresApp app) : AccountSecurityTests(app), IClassFixture<PostgresApp>;

/// <summary>Rate limits need an app of their own: the window is shared by every caller from one address.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task SignIn_MoreThanTheLimitPerMinute_Answers429WithRetryAfter()
    {
        await using var app = new SqliteApp();
        app.Overrides["Okra:RateLimits:SignInPerMinute"] = "3";
        using var browser = app.CreateClient();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
            responses.Add(await browser.PostAsJsonAsync("/api/v1/auth/sign-in", new { email = "nobody@example.test", password = "wrong-password-1" }));

        Assert.All(responses.Take(3), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, responses[3].StatusCode);
        Assert.True(int.Parse(responses[3].Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Api_MoreThanTheLimitPerMinute_Answers429()
    {
        await using var app = new SqliteApp();
        app.Overrides["Okra:RateLimits:ApiPerMinute"] = "5";
        using var client = app.ClientFor(await app.AdminAsync());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++) statuses.Add((await client.GetAsync("/api/v1/cycles")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}

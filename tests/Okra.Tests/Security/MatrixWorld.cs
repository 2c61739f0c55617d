using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Okra.Domain.Access;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Security;

/// <summary>Who calls, in the order of the matrix columns.</summary>
public enum Caller
{
    Admin,
    Lead,
    OtherLead,
    Owner,
    OtherMember,
    Viewer,
    Anonymous,
    ExpiredToken,
    RevokedToken,
    ReadOnlyToken,
}

/// <summary>
/// The world the authorization matrix runs in, built through the admin API: 2027-Q1; Sales (a lead, the owner of the key
/// result under test, another member and a viewer) with Inside Sales below it; Marketing with its own lead; an active Sales
/// objective with a metric key result of the owner, a check-in, an initiative and a comment. The expired, revoked and
/// read-only tokens are the admin's, so that only the token — not the role — can explain their answers.
/// </summary>
public sealed class MatrixWorld : IDisposable
{
    private readonly Dictionary<Caller, HttpClient> clients = [];
    private readonly Dictionary<string, Guid> ids = [];
    private int counter;

    private MatrixWorld(OkraApp app) => App = app;

    public OkraApp App { get; }

    /// <summary>The admin's write client, for building fresh targets.</summary>
    public HttpClient Admin => clients[Caller.Admin];

    public TestAccount Owner { get; private set; } = null!;

    public TestAccount AdminAccount { get; private set; } = null!;

    public TestAccount Viewer { get; private set; } = null!;

    /// <summary>Values of the route placeholders ({objectiveId}, {keyResultId} …) before a row points them at fresh objects.</summary>
    public IReadOnlyDictionary<string, Guid> Ids => ids;

    public HttpClient ClientOf(Caller caller) => clients[caller];

    /// <summary>A name no other call has used, for things that must be unique (e-mails, team and cycle names).</summary>
    public string Unique(string prefix) => $"{prefix} {Interlocked.Increment(ref counter)}";

    public void Dispose()
    {
        foreach (var client in clients.Values) client.Dispose();
    }

    public static async Task<MatrixWorld> BuildAsync(OkraApp app)
    {
        var world = new MatrixWorld(app);
        await world.BuildAsync();
        return world;
    }

    private async Task BuildAsync()
    {
        AdminAccount = await App.AdminAsync();
        clients[Caller.Admin] = Client(Caller.Admin, AdminAccount.Token);
        var cycle = await IdAsync(Admin, "/api/v1/cycles", new { name = "2027-Q1" });
        var sales = await IdAsync(Admin, "/api/v1/teams", new { name = "Sales", kind = "sales" });
        var marketing = await IdAsync(Admin, "/api/v1/teams", new { name = "Marketing", kind = "other" });
        var insideSales = await IdAsync(Admin, "/api/v1/teams", new { name = "Inside Sales", kind = "sales", parentTeamId = sales });
        ids["cycleId"] = cycle;
        ids["teamId"] = sales;

        await MemberAsync(Caller.Lead, "Sales Lead", AccountRole.Member, sales, "lead");
        await MemberAsync(Caller.OtherLead, "Marketing Lead", AccountRole.Member, marketing, "lead");
        Owner = await MemberAsync(Caller.Owner, "Key Result Owner", AccountRole.Member, sales, "member");
        await MemberAsync(Caller.OtherMember, "Other Member", AccountRole.Member, sales, "member");
        // The viewer belongs to Sales, so that a 403 comes from the role and not from being an outsider.
        Viewer = await MemberAsync(Caller.Viewer, "Viewer", AccountRole.Viewer, sales, "member");
        ids["personId"] = Owner.PersonId;
        ids["userId"] = Owner.UserId;

        ids["objectiveId"] = await ActiveTeamObjectiveAsync(sales);
        ids["keyResultId"] = await KeyResultAsync(ids["objectiveId"]);
        ids["checkInId"] = Guid.Parse((string)(await SendAsync(ClientOf(Caller.Owner), HttpMethod.Post,
            $"/api/v1/key-results/{ids["keyResultId"]}/check-ins", new { date = "2027-02-10", value = 30m, confidence = 7 }))["checkIn"]!["id"]!);
        ids["initiativeId"] = await IdAsync(Admin, "/api/v1/initiatives", new { keyResultId = ids["keyResultId"], title = "Call every lead twice" });
        ids["commentId"] = await IdAsync(ClientOf(Caller.Owner), "/api/v1/comments", new { objectiveId = ids["objectiveId"], body = "On track." });
        ids["marketingKeyResultId"] = await KeyResultAsync(await ActiveTeamObjectiveAsync(marketing));
        ids["insideSalesObjectiveId"] = await ActiveTeamObjectiveAsync(insideSales);

        clients[Caller.Anonymous] = Client(Caller.Anonymous, null);
        clients[Caller.ReadOnlyToken] = Client(Caller.ReadOnlyToken, await AdminTokenAsync("read", 90));
        var revoked = await SendAsync(Admin, HttpMethod.Post, "/api/v1/tokens", new { name = "revoked", scope = "write", expiresInDays = 90 });
        clients[Caller.RevokedToken] = Client(Caller.RevokedToken, (string)revoked["secret"]!);
        clients[Caller.ExpiredToken] = Client(Caller.ExpiredToken, await AdminTokenAsync("write", 1));
        // Each token works before it is revoked or expires, so that the 401s of the matrix come from that and nothing else.
        foreach (var caller in new[] { Caller.ReadOnlyToken, Caller.RevokedToken, Caller.ExpiredToken })
            await SendAsync(ClientOf(caller), HttpMethod.Get, "/api/v1/auth/me");
        await SendAsync(Admin, HttpMethod.Delete, $"/api/v1/tokens/{(string)revoked["token"]!["id"]!}");
        // The one-day token expires; every other token lives 90 days, and the day stays in 2027-Q1.
        App.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
    }

    /// <summary>An approved objective of Sales (or of <paramref name="team"/>).</summary>
    public async Task<Guid> ActiveTeamObjectiveAsync(Guid? team = null) =>
        (await TeamObjectiveAsync("active", team)).Id;

    /// <summary>A team objective moved to <paramref name="status"/> (draft, proposed, active), with the version a change must send.</summary>
    public async Task<(Guid Id, int Version)> TeamObjectiveAsync(string status, Guid? team = null)
    {
        var created = (await SendAsync(Admin, HttpMethod.Post, "/api/v1/objectives", new
        {
            cycleId = ids["cycleId"], title = Unique("Win the region"), level = "team", type = "committed", ownerTeamIds = new[] { team ?? ids["teamId"] },
        }))["objective"]!;
        return await MoveAsync(Guid.Parse((string)created["id"]!), (int)created["version"]!, status);
    }

    /// <summary>A personal objective of the owner, with its version.</summary>
    public async Task<(Guid Id, int Version)> PersonalObjectiveAsync()
    {
        var created = (await SendAsync(Admin, HttpMethod.Post, "/api/v1/objectives", new
        {
            cycleId = ids["cycleId"], title = Unique("Learn the product"), level = "personal", type = "committed", ownerPersonId = Owner.PersonId,
        }))["objective"]!;
        return (Guid.Parse((string)created["id"]!), (int)created["version"]!);
    }

    /// <summary>A metric key result (0 → 100) of the owner on <paramref name="objectiveId"/>.</summary>
    public async Task<Guid> KeyResultAsync(Guid objectiveId) => (await KeyResultWithVersionAsync(objectiveId)).Id;

    public async Task<(Guid Id, int Version)> KeyResultWithVersionAsync(Guid objectiveId)
    {
        var created = (await SendAsync(Admin, HttpMethod.Post, "/api/v1/key-results", new
        {
            objectiveId, title = Unique("Close deals"), ownerPersonId = Owner.PersonId, kind = "metric", baseline = 0m, target = 100m,
        }))["keyResult"]!;
        return (Guid.Parse((string)created["id"]!), (int)created["version"]!);
    }

    /// <summary>Posts <paramref name="body"/> to <paramref name="url"/> and answers the id of what it created.</summary>
    public static async Task<Guid> IdAsync(HttpClient client, string url, object body) =>
        Guid.Parse((string)(await SendAsync(client, HttpMethod.Post, url, body))["id"]!);

    /// <summary>Sends a request that has to succeed (it builds the world, it is not under test) and answers its JSON.</summary>
    public static async Task<JsonNode> SendAsync(HttpClient client, HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, options: ApiTestBase.Json);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Building the matrix world: {method} {url} answered {(int)response.StatusCode}: {text}");
        return string.IsNullOrEmpty(text) ? new JsonObject() : JsonNode.Parse(text)!;
    }

    private async Task<(Guid Id, int Version)> MoveAsync(Guid id, int version, string status)
    {
        string[] steps = status switch { "draft" => [], "proposed" => ["proposed"], "active" => ["active"], _ => throw new ArgumentOutOfRangeException(nameof(status)) };
        foreach (var step in steps)
            version = (int)(await SendAsync(Admin, HttpMethod.Post, $"/api/v1/objectives/{id}/status", new { status = step, version }))["objective"]!["version"]!;
        return (id, version);
    }

    private async Task<TestAccount> MemberAsync(Caller caller, string name, AccountRole role, Guid team, string teamRole)
    {
        var account = await App.AccountAsync(role, name: name);
        await SendAsync(Admin, HttpMethod.Put, $"/api/v1/teams/{team}/members/{account.PersonId}", new { role = teamRole });
        clients[caller] = Client(caller, account.Token);
        return account;
    }

    private async Task<string> AdminTokenAsync(string scope, int days) =>
        (string)(await SendAsync(Admin, HttpMethod.Post, "/api/v1/tokens", new { name = $"{scope} {days}d", scope, expiresInDays = days }))["secret"]!;

    /// <summary>
    /// Each caller comes from its own address, as real callers do: sign-in and invitations are limited per address, and the
    /// matrix signs in once per caller.
    /// </summary>
    private HttpClient Client(Caller caller, string? token)
    {
        var address = IPAddress.Parse($"10.0.0.{(int)caller + 1}");
        var client = new HttpClient(App.Server.CreateHandler(context => context.Connection.RemoteIpAddress = address)) { BaseAddress = App.Server.BaseAddress };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

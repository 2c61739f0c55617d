using System.Net;
using System.Net.Http.Json;
using Okra.Domain.Access;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Feedback;

public abstract class FeedbackApiTests(OkraApp app) : ScenarioTestBase(app)
{
    [Fact]
    public async Task Note_IsSeenByItsTwoPeopleAndAdmins_AndDoesNotExistForAnyoneElse()
    {
        var team = await TeamAsync();
        var lead = await MemberAsync(team, "lead");
        var seller = await MemberAsync(team, "member");
        var colleague = await MemberAsync(team, "member");
        var outsider = await App.AccountAsync(AccountRole.Member);
        using var leadClient = App.ClientFor(lead);

        var created = await ReadAsync(await leadClient.PostAsJsonAsync("/api/v1/feedback", new { personId = seller.PersonId, body = "Your discovery calls got sharper." }, Json), HttpStatusCode.Created);
        var url = $"/api/v1/feedback/{IdOf(created)}";

        foreach (var reader in new[] { lead, seller })
        {
            using var client = App.ClientFor(reader);
            Assert.Equal("Your discovery calls got sharper.", (string)(await ReadAsync(await client.GetAsync(url), HttpStatusCode.OK))["body"]!);
        }
        await GetAsync(url);
        foreach (var stranger in new[] { colleague, outsider })
        {
            using var client = App.ClientFor(stranger);
            await ReadAsync(await client.GetAsync(url), HttpStatusCode.NotFound);
            await ReadAsync(await client.DeleteAsync(url), HttpStatusCode.NotFound);
            Assert.Empty((await ReadAsync(await client.GetAsync($"/api/v1/people/{seller.PersonId}/feedback"), HttpStatusCode.OK)).AsArray());
        }
        using var sellerClient = App.ClientFor(seller);
        await ReadAsync(await sellerClient.DeleteAsync(url), HttpStatusCode.Forbidden);
        Assert.Single((await ReadAsync(await sellerClient.GetAsync($"/api/v1/people/{seller.PersonId}/feedback"), HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task OneOnOne_IsTheLeadsAndThePersons_NotAColleagues()
    {
        var team = await TeamAsync();
        var lead = await MemberAsync(team, "lead");
        var seller = await MemberAsync(team, "member");
        var colleague = await MemberAsync(team, "member");
        using var leadClient = App.ClientFor(lead);
        await ReadAsync(await leadClient.PostAsJsonAsync($"/api/v1/people/{seller.PersonId}/development-areas",
            new { title = "Negotiation", goal = "Closes a multi-year contract alone" }, Json), HttpStatusCode.Created);
        await ReadAsync(await leadClient.PostAsJsonAsync("/api/v1/feedback", new { personId = seller.PersonId, body = "Well prepared." }, Json), HttpStatusCode.Created);

        using var sellerClient = App.ClientFor(seller);
        var page = await ReadAsync(await sellerClient.GetAsync($"/api/v1/people/{seller.PersonId}/one-on-one"), HttpStatusCode.OK);
        Assert.Equal("Negotiation", (string)page["developmentAreas"]![0]!["title"]!);
        Assert.Equal("Well prepared.", (string)page["feedback"]![0]!["body"]!);

        using var colleagueClient = App.ClientFor(colleague);
        await ReadAsync(await colleagueClient.GetAsync($"/api/v1/people/{seller.PersonId}/one-on-one"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Give_ToYourself_NamesPersonId()
    {
        var admin = await App.AdminAsync();
        AssertNamesField(await PostAsync("/api/v1/feedback", new { personId = admin.PersonId, body = "Me" }, HttpStatusCode.BadRequest), "personId");
    }

    private async Task<TestAccount> MemberAsync(Guid team, string role)
    {
        var account = await App.AccountAsync(AccountRole.Member);
        await PutAsync($"/api/v1/teams/{team}/members/{account.PersonId}", new { role });
        return account;
    }
}

public sealed class FeedbackApiTests_Sqlite(SqliteApp app) : FeedbackApiTests(app), IClassFixture<SqliteApp>;

public sealed class FeedbackApiTests_Postgres(PostgresApp app) : FeedbackApiTests(app), IClassFixture<PostgresApp>;

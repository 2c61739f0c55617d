using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Okra.Domain.Access;
using Okra.Domain.Integrations;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Rhythm;

/// <summary>
/// Kudos, achievements and published reviews announced: in the bells of the people concerned (in each reader's language)
/// and to Slack, Microsoft Teams and generic receivers (in the organisation's language, Hungarian here).
/// </summary>
public abstract class RecognitionNotificationsTests(OkraApp app) : RhythmTestBase(app)
{
    [Fact]
    public async Task KudosToAPerson_RingsTheirBell_AndReachesEachReceiverFormat()
    {
        using var receivers = await ReceiversAsync("kudos");
        var (person, _) = await PersonInAsync("hu", "Kovács Júlia");
        var keyResult = await ActiveKeyResultAsync(person, "Új ügyfelek");

        await PostAsync("/api/v1/recognition/kudos", new { keyResultId = keyResult, toPersonId = person, message = "Remek demó!" });
        await DispatchAsync(App);

        var bell = await BellOfAsync(person);
        var item = Assert.Single(bell);
        Assert.Equal(("Elismerés: Test Admin: Remek demó!", "/recognition"), ((string)item!["text"]!, (string)item["link"]!));
        var generic = receivers.AssertEachFormat("Test Admin elismerése Kovács Júlia számára: Remek demó!", "/recognition", "kudos");
        Assert.Equal(person.ToString(), (string)generic["data"]!["toPersonId"]!);
        Assert.Equal(keyResult.ToString(), (string)generic["data"]!["keyResultId"]!);
        await DeleteAsync(receivers);
    }

    [Fact]
    public async Task KudosToATeam_RingsEveryMembersBell_ButNotTheGivers()
    {
        var team = await TeamAsync($"Team {Guid.NewGuid():N}"[..14]);
        var (giver, _) = await PersonInAsync("en", "Giving Member");
        var (colleague, _) = await PersonInAsync("en", "Other Member");
        foreach (var member in new[] { giver, colleague }) await PutAsync($"/api/v1/teams/{team}/members/{member}", new { role = "member" });
        var keyResult = await ActiveKeyResultAsync(colleague);
        var client = await ClientOfAsync(giver);

        await ReadAsync(await client.PostAsJsonAsync("/api/v1/recognition/kudos", new { keyResultId = keyResult, toTeamId = team, message = "Great quarter" }, Json),
            HttpStatusCode.Created);

        Assert.Empty(await BellOfAsync(giver));
        Assert.Equal("Kudos: Giving Member: Great quarter", (string)Assert.Single(await BellOfAsync(colleague))!["text"]!);
    }

    [Fact]
    public async Task Achievement_WhenACheckInReachesTheTarget_RingsTheOwnersBellOnce_AndReachesEachReceiverFormat()
    {
        using var receivers = await ReceiversAsync("achievement");
        var (owner, _) = await PersonInAsync("en", "Achieving Seller");
        var keyResult = await ActiveKeyResultAsync(owner, "Signed deals");

        await CheckInAsync(keyResult, 60m, Day(-5));
        Assert.Empty(await BellOfAsync(owner));
        await CheckInAsync(keyResult, 100m, Day(-2));
        await CheckInAsync(keyResult, 105m, Day(0));
        await DispatchAsync(App);

        var item = Assert.Single(await BellOfAsync(owner));
        Assert.Equal(("Achievement: Signed deals", $"/key-results/{keyResult}"), ((string)item!["text"]!, (string)item["link"]!));
        var generic = receivers.AssertEachFormat("Achieving Seller eredményt ért el: Signed deals", $"/key-results/{keyResult}", "achievement");
        Assert.Equal("KeyResultAchieved", (string)generic["data"]!["kind"]!);
        Assert.Equal(owner.ToString(), (string)generic["data"]!["personId"]!);
        await DeleteAsync(receivers);
    }

    [Fact]
    public async Task ReviewPublished_RingsTheBellOfEveryMemberOfItsTeams_AndReachesEachReceiverFormat()
    {
        using var receivers = await ReceiversAsync("reviewPublished");
        var sales = await TeamAsync($"Sales {Guid.NewGuid():N}"[..14]);
        var bizDev = await TeamAsync($"BD {Guid.NewGuid():N}"[..14]);
        var (seller, _) = await PersonInAsync("hu", "Eladó Éva");
        var (developer, _) = await PersonInAsync("en", "Business Developer");
        var (outsider, _) = await PersonInAsync("en", "Someone Else");
        await PutAsync($"/api/v1/teams/{sales}/members/{seller}", new { role = "member" });
        await PutAsync($"/api/v1/teams/{bizDev}/members/{developer}", new { role = "lead" });
        var review = IdOf(await PostAsync("/api/v1/reviews",
            new { cycleId = await CycleAsync(), title = "Sales + BD weekly", kind = "weekly", date = "2027-02-15", teamIds = new[] { sales, bizDev } }));
        Assert.Empty(await BellOfAsync(seller));

        await PostAsync($"/api/v1/reviews/{review}/publish", new { }, HttpStatusCode.OK);
        await DispatchAsync(App);

        var link = $"/reviews/{review}";
        Assert.Equal(("Közzétett áttekintés: Sales + BD weekly", link), Text(Assert.Single(await BellOfAsync(seller))));
        Assert.Equal(("Review published: Sales + BD weekly", link), Text(Assert.Single(await BellOfAsync(developer))));
        Assert.Empty(await BellOfAsync(outsider));
        var generic = receivers.AssertEachFormat("Test Admin közzétette az áttekintést: „Sales + BD weekly”", link, "reviewPublished");
        Assert.Equal(review.ToString(), (string)generic["data"]!["reviewId"]!);
        await DeleteAsync(receivers);
    }

    private async Task DeleteAsync(Receivers receivers)
    {
        foreach (var id in receivers.Ids) await DeleteAsync($"/api/v1/webhooks/{id}");
    }

    private static (string, string) Text(JsonNode? item) => ((string)item!["text"]!, (string)item["link"]!);

    /// <summary>The fake clock's today plus <paramref name="days"/>, as the API writes dates.</summary>
    private string Day(int days) =>
        DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private readonly Dictionary<Guid, HttpClient> clients = [];

    /// <summary>A member's client for <paramref name="person"/>, made once: a person has one account.</summary>
    private async Task<HttpClient> ClientOfAsync(Guid person)
    {
        if (!clients.TryGetValue(person, out var client))
            clients[person] = client = App.ClientFor(await App.AccountAsync(AccountRole.Member, person));
        return client;
    }

    private async Task<JsonArray> BellOfAsync(Guid person) =>
        (await ReadAsync(await (await ClientOfAsync(person)).GetAsync("/api/v1/notifications"), HttpStatusCode.OK))["items"]!.AsArray();

    public override Task DisposeAsync()
    {
        foreach (var client in clients.Values) client.Dispose();
        return base.DisposeAsync();
    }

    private async Task<Receivers> ReceiversAsync(string eventType)
    {
        var receivers = new Receivers();
        string[] events = [eventType];
        receivers.Ids.Add(IdOf(await PostAsync("/api/v1/webhooks", new { name = "Slack", url = receivers.Slack.Url, format = "slack", events })));
        receivers.Ids.Add(IdOf(await PostAsync("/api/v1/webhooks", new { name = "Teams", url = receivers.Teams.Url, format = "teams", events })));
        var generic = await PostAsync("/api/v1/webhooks", new { name = "Generic", url = receivers.Generic.Url, format = "generic", events });
        receivers.Ids.Add(IdOf(generic));
        receivers.Secret = (string)generic["secret"]!;
        receivers.Now = () => App.Clock.GetUtcNow();
        return receivers;
    }

    /// <summary>A Slack, a Teams and a generic receiver, each subscribed to one event type.</summary>
    private sealed class Receivers : IDisposable
    {
        public WebhookReceiver Slack { get; } = new();
        public WebhookReceiver Teams { get; } = new();
        public WebhookReceiver Generic { get; } = new();
        public List<Guid> Ids { get; } = [];
        public string Secret { get; set; } = "";
        public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

        /// <summary>Each receiver got exactly one post, in its own format, with <paramref name="text"/> and a link to <paramref name="path"/>; returns the generic body.</summary>
        public JsonNode AssertEachFormat(string text, string path, string type)
        {
            var slack = (string)JsonNode.Parse(Assert.Single(Slack.Received).Body)!["text"]!;
            Assert.StartsWith($"{text} <http", slack, StringComparison.Ordinal);
            Assert.EndsWith($"{path}|Megnyitás az Okrában>", slack, StringComparison.Ordinal);

            var card = JsonNode.Parse(Assert.Single(Teams.Received).Body)!;
            Assert.Equal(("MessageCard", text), ((string)card["@type"]!, (string)card["text"]!));
            Assert.EndsWith(path, (string)card["potentialAction"]![0]!["targets"]![0]!["uri"]!, StringComparison.Ordinal);

            var signed = Assert.Single(Generic.Received);
            Assert.True(WebhookSignature.IsValid(Secret, signed.Timestamp, signed.Body, signed.Signature, Now(), WebhookSignature.Tolerance));
            var body = JsonNode.Parse(signed.Body)!;
            Assert.Equal((type, text), ((string)body["type"]!, (string)body["text"]!));
            Assert.EndsWith(path, (string)body["url"]!, StringComparison.Ordinal);
            return body;
        }

        public void Dispose()
        {
            Slack.Dispose();
            Teams.Dispose();
            Generic.Dispose();
        }
    }
}

public sealed class RecognitionNotificationsTests_Sqlite(SqliteApp app) : RecognitionNotificationsTests(app), IClassFixture<SqliteApp>;

public sealed class RecognitionNotificationsTests_Postgres(PostgresApp app) : RecognitionNotificationsTests(app), IClassFixture<PostgresApp>;

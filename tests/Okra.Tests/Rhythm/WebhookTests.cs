using System.Net;
using System.Text.Json.Nodes;
using Okra.Domain.Integrations;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Rhythm;

/// <summary>Outgoing webhooks through the outbox to a real HTTP receiver: formats, signatures, retries, and a receiver that is down.</summary>
public abstract class WebhookTests(OkraApp app) : RhythmTestBase(app)
{
    [Fact]
    public async Task CheckIn_ReachesSlackTeamsAndGenericReceivers_GenericSignedOverTimestampAndBody()
    {
        using var slack = new WebhookReceiver();
        using var teams = new WebhookReceiver();
        using var generic = new WebhookReceiver();
        var events = new[] { "checkInCreated", "keyResultStatusChanged" };
        var ids = new List<Guid>();
        ids.Add(IdOf(await PostAsync("/api/v1/webhooks", new { name = "Slack", url = slack.Url, format = "slack", events })));
        ids.Add(IdOf(await PostAsync("/api/v1/webhooks", new { name = "Teams", url = teams.Url, format = "teams", events })));
        var created = await PostAsync("/api/v1/webhooks", new { name = "Generic", url = generic.Url, format = "generic", events = CheckIns });
        ids.Add(IdOf(created));
        var secret = (string)created["secret"]!;
        Assert.StartsWith("whsec_", secret);
        Assert.Null((await GetAsync("/api/v1/webhooks")).AsArray().Single(w => IdOf(w!) == ids[2])!["secret"]);

        var (person, _) = await PersonInAsync("en", "Webhook Seller");
        var keyResult = await ActiveKeyResultAsync(person, "Signed deals");
        await CheckInAsync(keyResult, 55m, "2027-02-15");
        await DispatchAsync(App);

        // In the organisation's language (Hungarian here). Slack and Teams get the check-in and the status change (not started → on track); generic only what it subscribed.
        Assert.Equal(2, slack.Received.Count);
        Assert.Contains(slack.Received, r => ((string)JsonNode.Parse(r.Body)!["text"]!).Contains("Test Admin állapotjelentést adott: „Signed deals” – 55 <http", StringComparison.Ordinal));
        Assert.Contains(slack.Received, r => ((string)JsonNode.Parse(r.Body)!["text"]!).Contains("„Signed deals” állapota mostantól: Terv szerint", StringComparison.Ordinal));
        Assert.All(teams.Received, r => Assert.Equal("MessageCard", (string)JsonNode.Parse(r.Body)!["@type"]!));
        Assert.Equal(2, teams.Received.Count);
        var signed = Assert.Single(generic.Received);
        var body = JsonNode.Parse(signed.Body)!;
        Assert.Equal("checkInCreated", (string)body["type"]!);
        Assert.Equal(keyResult.ToString(), (string)body["data"]!["keyResultId"]!);
        Assert.StartsWith("application/json", signed.ContentType);
        Assert.True(WebhookSignature.IsValid(secret, signed.Timestamp, signed.Body, signed.Signature, App.Clock.GetUtcNow(), WebhookSignature.Tolerance));
        // What a receiver rejects: a changed body, another secret, a replay ten minutes later.
        Assert.False(WebhookSignature.IsValid(secret, signed.Timestamp, signed.Body + " ", signed.Signature, App.Clock.GetUtcNow(), WebhookSignature.Tolerance));
        Assert.False(WebhookSignature.IsValid("whsec_other", signed.Timestamp, signed.Body, signed.Signature, App.Clock.GetUtcNow(), WebhookSignature.Tolerance));
        Assert.False(WebhookSignature.IsValid(secret, signed.Timestamp, signed.Body, signed.Signature, App.Clock.GetUtcNow().AddMinutes(10), WebhookSignature.Tolerance));
        Assert.Equal(WebhookSignature.Sign(secret, long.Parse(signed.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), signed.Body), signed.Signature);

        foreach (var id in ids) await DeleteAsync($"/api/v1/webhooks/{id}");
    }

    [Fact]
    public async Task FailingReceiver_IsRetriedWithBackOff_UntilItAnswers_AndTheLogShowsEachTry()
    {
        using var receiver = new WebhookReceiver();
        receiver.Answers.Enqueue(500);
        receiver.Answers.Enqueue(503);
        var created = await PostAsync("/api/v1/webhooks", new { name = "Flaky", url = receiver.Url, format = "generic", events = CheckIns });
        var id = IdOf(created);
        var (person, _) = await PersonInAsync("en", "Retry Seller");
        await CheckInAsync(await ActiveKeyResultAsync(person), 10m, "2027-02-15");

        await DispatchAsync(App);
        Assert.Single(receiver.Received);
        var first = await DeliveryOfAsync(id);
        Assert.Equal("pending", (string)first["state"]!);
        Assert.Equal(1, (int)first["attempts"]!);
        Assert.Equal(500, (int)first["lastStatusCode"]!);
        Assert.Contains("HTTP 500", (string)first["lastError"]!);

        // Not due again before its back-off has passed.
        await DispatchAsync(App);
        Assert.Single(receiver.Received);
        App.Clock.Advance(BackOff.After(1));
        await DispatchAsync(App);
        Assert.Equal(2, receiver.Received.Count);
        App.Clock.Advance(BackOff.After(2));
        await DispatchAsync(App);

        Assert.Equal([500, 503, 200], receiver.Received.Select(r => r.AnsweredWith));
        // Each try is signed afresh, with its own timestamp.
        Assert.All(receiver.Received, r => Assert.StartsWith("sha256=", r.Signature));
        var last = await DeliveryOfAsync(id);
        Assert.Equal("sent", (string)last["state"]!);
        Assert.Equal(3, (int)last["attempts"]!);
        Assert.Equal(200, (int)last["lastStatusCode"]!);
        await DeleteAsync($"/api/v1/webhooks/{id}");
    }

    [Fact]
    public async Task PausedWebhook_GetsNothingFromTheNextCheckIn_AndOnceResumedGetsItAgain()
    {
        // The active subscriptions are kept for two seconds between check-ins (ActiveWebhooks): a change through the API
        // must take effect on the very next check-in all the same.
        using var receiver = new WebhookReceiver();
        var id = IdOf(await PostAsync("/api/v1/webhooks", new { name = "Paused", url = receiver.Url, format = "generic", events = CheckIns }));
        var (person, _) = await PersonInAsync("en", "Paused Seller");
        var keyResult = await ActiveKeyResultAsync(person);

        await CheckInAsync(keyResult, 10m, "2027-02-15");
        await DispatchAsync(App);
        Assert.Single(receiver.Received);

        await PutAsync($"/api/v1/webhooks/{id}", new { isActive = false });
        await CheckInAsync(keyResult, 20m, "2027-02-15");
        await DispatchAsync(App);
        Assert.Single(receiver.Received);

        await PutAsync($"/api/v1/webhooks/{id}", new { isActive = true });
        await CheckInAsync(keyResult, 30m, "2027-02-15");
        await DispatchAsync(App);
        Assert.Equal(2, receiver.Received.Count);
        Assert.Equal("30", (string)JsonNode.Parse(receiver.Received[1].Body)!["data"]!["value"]!);
        await DeleteAsync($"/api/v1/webhooks/{id}");
    }

    [Fact]
    public async Task ReceiverDown_CheckInStillAnswers201_AndTheFailureIsRecorded()
    {
        var id = IdOf(await PostAsync("/api/v1/webhooks", new { name = "Down", url = WebhookReceiver.DownUrl, format = "slack", events = CheckIns }));
        var (person, _) = await PersonInAsync("en", "Down Seller");
        var created = await CheckInAsync(await ActiveKeyResultAsync(person), 20m, "2027-02-15");
        Assert.NotNull(created["checkIn"]);

        await DispatchAsync(App);
        var delivery = await DeliveryOfAsync(id);
        Assert.Equal("pending", (string)delivery["state"]!);
        Assert.Equal(1, (int)delivery["attempts"]!);
        Assert.Contains("HttpRequestException", (string)delivery["lastError"]!);
        await DeleteAsync($"/api/v1/webhooks/{id}");
    }

    [Fact]
    public async Task Webhook_RejectsARelativeUrlAndNoEvents_NamingTheField()
    {
        AssertNamesField(await PostAsync("/api/v1/webhooks", new { name = "x", url = "/relative", format = "slack", events = Kudos }, HttpStatusCode.BadRequest), "url");
        AssertNamesField(await PostAsync("/api/v1/webhooks", new { name = "x", url = "https://example.test/h", format = "slack", events = Array.Empty<string>() }, HttpStatusCode.BadRequest), "events");
        AssertNamesField(await PostAsync("/api/v1/webhooks", new { name = "x", url = "https://example.test/h", events = Kudos }, HttpStatusCode.BadRequest), "format");
    }

    private static readonly string[] CheckIns = ["checkInCreated"];
    private static readonly string[] Kudos = ["kudos"];

    private async Task<JsonNode> DeliveryOfAsync(Guid subscriptionId) =>
        (await GetAsync("/api/v1/webhooks/deliveries")).AsArray().First(d => (string?)d!["subscriptionId"] == subscriptionId.ToString())!;
}

public sealed class WebhookTests_Sqlite(SqliteApp app) : WebhookTests(app), IClassFixture<SqliteApp>;

public sealed class WebhookTests_Postgres(PostgresApp app) : WebhookTests(app), IClassFixture<PostgresApp>;

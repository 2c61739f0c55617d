using Okra.Tests.Infrastructure;

namespace Okra.Tests.Rhythm;

/// <summary>
/// Two app instances on one database — two hosts of the real app, each with its own clock, DI container and instance id —
/// run the due jobs and send the outbox at the same moment, several times over: each reminder reaches the SMTP server once.
/// </summary>
public abstract class LeaseTests(OkraApp app) : RhythmTestBase(app)
{
    protected abstract OkraApp SecondInstance();

    [Fact]
    public async Task TwoInstances_SendEachReminderExactlyOnce()
    {
        var people = new List<(Guid Id, string Email)>();
        for (var i = 0; i < 6; i++)
        {
            var person = await PersonInAsync(i % 2 == 0 ? "en" : "hu", $"Seller {i}");
            await ActiveKeyResultAsync(person.Id);
            people.Add(person);
        }
        await using var second = SecondInstance();
        foreach (var (key, value) in SmtpTestServer.Shared.Settings) second.Overrides[key] = value;
        _ = second.Services; // starts it on the same database

        for (var week = 1; week <= 3; week++)
        {
            // Both instances see the same time: the reminder job's next due time.
            await RunJobAsync(App, "check-in-reminders", runIt: false);
            second.Clock.SetUtcNow(App.Clock.GetUtcNow());
            var rounds = await Task.WhenAll(
                Task.Run(() => Scheduler(App).RunDueAsync(default)), Task.Run(() => Scheduler(second).RunDueAsync(default)),
                Task.Run(() => Scheduler(App).RunDueAsync(default)), Task.Run(() => Scheduler(second).RunDueAsync(default)));
            Assert.Equal(1, rounds.Count(r => r.Contains("check-in-reminders")));
            var sent = await Task.WhenAll(
                Task.Run(() => DispatchAsync(App)), Task.Run(() => DispatchAsync(second)),
                Task.Run(() => DispatchAsync(App)), Task.Run(() => DispatchAsync(second)));
            Assert.True(sent.Sum() >= people.Count, $"Week {week}: {sent.Sum()} delivered for {people.Count} people.");
            foreach (var person in people) Assert.Equal(week, Smtp.To(person.Email).Count);
        }
    }

    private static Okra.Rhythm.JobScheduler Scheduler(OkraApp app) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Okra.Rhythm.JobScheduler>(app.Services);
}

public sealed class LeaseTests_Sqlite(SqliteApp app) : LeaseTests(app), IClassFixture<SqliteApp>
{
    protected override OkraApp SecondInstance() => new SameDatabaseApp("Sqlite", new Dictionary<string, string>
    {
        ["Okra:Database:Provider"] = "Sqlite",
        ["Okra:DataDirectory"] = app.DataDirectory,
    });
}

public sealed class LeaseTests_Postgres(PostgresApp app) : LeaseTests(app), IClassFixture<PostgresApp>
{
    protected override OkraApp SecondInstance() => new SameDatabaseApp("Postgres", new Dictionary<string, string>
    {
        ["Okra:Database:Provider"] = "Postgres",
        ["ConnectionStrings:Okra"] = app.ConnectionString,
    });
}

/// <summary>Another instance of the app on a database the fixture's app already uses.</summary>
public sealed class SameDatabaseApp(string provider, IReadOnlyDictionary<string, string> settings) : OkraApp
{
    public override string Provider => provider;

    protected override IReadOnlyDictionary<string, string> DatabaseSettings => settings;
}

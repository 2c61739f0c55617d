using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Okra.Data;
using Okra.Integrations;
using Okra.Rhythm;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Rhythm;

/// <summary>Helpers for the operating-rhythm tests: people in a language, active objectives, and driving the schedule by the fake clock.</summary>
public abstract class RhythmTestBase : ScenarioTestBase
{
    protected RhythmTestBase(OkraApp app) : base(app)
    {
        // Read when the fixture's app first starts; every rhythm test class mails through the one test SMTP server.
        foreach (var (key, value) in SmtpTestServer.Shared.Settings) app.Overrides[key] = value;
    }

    protected static SmtpTestServer Smtp => SmtpTestServer.Shared;

    protected async Task<(Guid Id, string Email)> PersonInAsync(string locale, string name)
    {
        var email = $"{Guid.NewGuid():N}@example.test";
        return (IdOf(await PostAsync("/api/v1/people", new { name, email, locale })), email);
    }

    /// <summary>An active personal objective of <paramref name="owner"/> in 2027-Q1 with one metric key result (0 → 100).</summary>
    protected async Task<Guid> ActiveKeyResultAsync(Guid owner, string title = "New MRR")
    {
        var objective = IdOf(await ObjectiveAsync(await CycleAsync(), owner, $"Grow {Guid.NewGuid():N}"));
        await PostAsync($"/api/v1/objectives/{objective}/status", new { status = "active", version = 0 }, System.Net.HttpStatusCode.OK);
        return IdOf(await KeyResultAsync(new { objectiveId = objective, title, ownerPersonId = owner, kind = "metric", baseline = 0m, target = 100m }));
    }

    /// <summary>Moves the fake clock to <paramref name="job"/>'s next due time and runs the due jobs there.</summary>
    protected static async Task RunJobAsync(OkraApp app, string job, bool runIt = true)
    {
        var scheduler = app.Services.GetRequiredService<JobScheduler>();
        await scheduler.RunDueAsync(default);
        await using var scope = app.Services.CreateAsyncScope();
        var next = await scope.ServiceProvider.GetRequiredService<OkraDbContext>().ScheduledJobs.AsNoTracking()
            .Where(j => j.Name == job).Select(j => j.NextRunAt).SingleAsync();
        if (next > app.Clock.GetUtcNow()) app.Clock.SetUtcNow(next);
        if (runIt) Assert.Contains(job, await scheduler.RunDueAsync(default));
    }

    protected static Task<int> DispatchAsync(OkraApp app) => app.Services.GetRequiredService<DeliveryDispatcher>().DispatchDueAsync(default);
}

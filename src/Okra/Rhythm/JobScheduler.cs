using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Rhythm;

namespace Okra.Rhythm;

/// <summary>
/// Runs the scheduled jobs that are due. A job is taken with one conditional UPDATE — due, and no unexpired lease — which
/// the database applies to one instance only (PostgreSQL re-checks the condition after the row lock; SQLite serialises
/// writers); the job's writes and its next due time are then committed in one transaction, so a job that failed half-way
/// leaves nothing behind and runs again.
/// </summary>
public sealed partial class JobScheduler(
    IServiceScopeFactory scopes, IEnumerable<IScheduledWork> jobs, InstanceId instance, TimeProvider clock, ILogger<JobScheduler> logger)
{
    /// <summary>How long a lease holds before another instance may take a job whose runner died.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>Runs every due job this instance could lease; answers their names.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct)
    {
        var ran = new List<string>();
        foreach (var job in jobs)
        {
            await EnsureScheduledAsync(job, ct);
            if (await RunIfLeasedAsync(job, ct)) ran.Add(job.Name);
        }
        return ran;
    }

    private async Task<bool> RunIfLeasedAsync(IScheduledWork job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OkraDbContext>();
        var now = clock.GetUtcNow();
        var owner = instance.Value;
        var taken = await db.ScheduledJobs
            .Where(j => j.Name == job.Name && j.NextRunAt <= now && (j.LeaseExpiresAt == null || j.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, owner).SetProperty(j => j.LeaseExpiresAt, now + Lease), ct);
        if (taken == 0) return false;

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await job.RunAsync(scope.ServiceProvider, ct);
            var next = job.NextAfter(clock.GetUtcNow());
            var finished = clock.GetUtcNow();
            await db.ScheduledJobs.Where(j => j.Name == job.Name && j.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.NextRunAt, next).SetProperty(j => j.LastRunAt, finished)
                    .SetProperty(j => j.LastError, (string?)null)
                    .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), ct);
            await transaction.CommitAsync(ct);
            LogRan(job.Name, next);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Recorded on the job's row and logged; the lease is released so the next poll tries again.
            LogFailed(e, job.Name);
            db.ChangeTracker.Clear();
            var error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
            await db.ScheduledJobs.Where(j => j.Name == job.Name && j.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LastError, error)
                    .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), ct);
            return false;
        }
    }

    /// <summary>Creates the job's row on first sight, first due at its next time; two instances racing here insert it once.</summary>
    private async Task EnsureScheduledAsync(IScheduledWork job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OkraDbContext>();
        if (await db.ScheduledJobs.AnyAsync(j => j.Name == job.Name, ct)) return;
        db.ScheduledJobs.Add(new ScheduledJob(job.Name, job.NextAfter(clock.GetUtcNow())));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance inserted it between our look and our insert; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (!await db.ScheduledJobs.AnyAsync(j => j.Name == job.Name, ct)) throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ran scheduled job {Job}; next run at {Next}")]
    private partial void LogRan(string job, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed; it runs again at the next poll")]
    private partial void LogFailed(Exception exception, string job);
}

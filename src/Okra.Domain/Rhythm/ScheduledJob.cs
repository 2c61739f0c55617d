namespace Okra.Domain.Rhythm;

/// <summary>
/// A background job's persistent schedule and lease. Instances take the lease with one conditional UPDATE (the job is due
/// and nobody's lease is running), so with several app instances on one database a job runs once per due time.
/// </summary>
public sealed class ScheduledJob
{
    private ScheduledJob() { }

    /// <summary>A job first due at <paramref name="nextRunAt"/>.</summary>
    public ScheduledJob(string name, DateTimeOffset nextRunAt)
    {
        Name = name;
        NextRunAt = nextRunAt;
    }

    /// <summary>The job's name, e.g. <c>check-in-reminders</c>; the key.</summary>
    public string Name { get; private set; } = "";

    /// <summary>When the job is next due.</summary>
    public DateTimeOffset NextRunAt { get; private set; }

    /// <summary>The instance holding the lease, if any.</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>When the lease runs out; another instance may take the job after that.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    /// <summary>When the job last finished.</summary>
    public DateTimeOffset? LastRunAt { get; private set; }

    /// <summary>The last run's failure, or null after a success.</summary>
    public string? LastError { get; private set; }
}

namespace Okra.Rhythm;

/// <summary>A job the scheduler runs at its times; it runs in a scope and a transaction of its own.</summary>
public interface IScheduledWork
{
    /// <summary>The job's key in <c>ScheduledJobs</c>.</summary>
    string Name { get; }

    /// <summary>The next due time after <paramref name="after"/>.</summary>
    DateTimeOffset NextAfter(DateTimeOffset after);

    /// <summary>Does the work; writes go to the scope's DbContext and are saved by the job.</summary>
    Task RunAsync(IServiceProvider services, CancellationToken ct);
}

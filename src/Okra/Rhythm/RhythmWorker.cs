using Microsoft.Extensions.Options;
using Okra.Integrations;

namespace Okra.Rhythm;

/// <summary>
/// The in-process background worker: every <see cref="RhythmOptions.PollSeconds"/> (on the app's clock) it runs the due
/// scheduled jobs and sends the due deliveries. Every instance may run it; leases and claims keep each piece of work single.
/// </summary>
internal sealed partial class RhythmWorker(
    JobScheduler scheduler, DeliveryDispatcher dispatcher, IOptions<RhythmOptions> options, TimeProvider clock, ILogger<RhythmWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Worker) return;
        await Task.Yield();
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await scheduler.RunDueAsync(stoppingToken);
                await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not end the worker for the life of the instance: logged, and tried again next poll.
                LogFailed(e);
            }
            await Task.Delay(poll, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The background worker's round failed; it tries again at the next poll")]
    private partial void LogFailed(Exception exception);
}

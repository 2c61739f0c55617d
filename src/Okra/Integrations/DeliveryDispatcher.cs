using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Integrations;
using Okra.Notifications;

namespace Okra.Integrations;

/// <summary>
/// Sends what the outbox holds and is due. Each delivery is claimed with one conditional UPDATE, so two instances never
/// send the same one; the outcome of every try is saved on the row (the admin's delivery log), and a failure schedules
/// the next try by <see cref="BackOff"/> or gives up.
/// </summary>
public sealed partial class DeliveryDispatcher(
    IServiceScopeFactory scopes, Rhythm.InstanceId instance, TimeProvider clock, ILogger<DeliveryDispatcher> logger)
{
    /// <summary>How long one instance's claim on a delivery holds.</summary>
    public static readonly TimeSpan Claim = TimeSpan.FromMinutes(2);

    private const int Batch = 50;

    /// <summary>Sends every due delivery this instance can claim; answers how many were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var delivered = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OkraDbContext>();
            var now = clock.GetUtcNow();
            var candidates = await Due(db, now).OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(Batch).ToListAsync(ct);
            var claimed = 0;
            foreach (var id in candidates)
            {
                var owner = instance.Value;
                var until = now + Claim;
                if (await Due(db, now).Where(d => d.Id == id)
                        .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedBy, owner).SetProperty(d => d.ClaimedUntil, until), ct) == 0)
                    continue;
                claimed++;
                if (await SendAsync(scope.ServiceProvider, db, id, ct)) delivered++;
            }
            if (candidates.Count < Batch || claimed == 0) return delivered;
        }
    }

    private static IQueryable<Delivery> Due(OkraDbContext db, DateTimeOffset now) =>
        db.Deliveries.Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now));

    private async Task<bool> SendAsync(IServiceProvider services, OkraDbContext db, Guid id, CancellationToken ct)
    {
        var delivery = await db.Deliveries.FirstAsync(d => d.Id == id, ct);
        int? status = null;
        string? error = null;
        try
        {
            if (delivery.Channel == DeliveryChannel.Email)
                await services.GetRequiredService<IMailSender>().SendAsync(delivery.Recipient, delivery.Subject ?? "", delivery.Body, ct);
            else if (delivery.SubscriptionId is { } subscriptionId
                     && await db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == subscriptionId, ct) is { } subscription)
            {
                status = await services.GetRequiredService<WebhookSender>().SendAsync(subscription, delivery.Id, delivery.Body, ct);
                if (status is < 200 or >= 300) error = $"The receiver answered HTTP {status}.";
            }
            else error = "The webhook subscription was deleted.";
        }
        catch (Exception e) when (IsDeliveryFailure(e, ct))
        {
            error = $"{e.GetType().Name}: {e.Message}";
        }

        var now = clock.GetUtcNow();
        if (error is null) delivery.Succeeded(now, status);
        else
        {
            delivery.Failed(now, status, error);
            LogFailed(delivery.Id, delivery.Channel, delivery.Attempts, error);
        }
        await db.SaveChangesAsync(ct);
        return error is null;
    }

    /// <summary>What a receiver or mail server being down or refusing looks like; anything else is a defect and is thrown.</summary>
    private static bool IsDeliveryFailure(Exception e, CancellationToken ct) => e switch
    {
        HttpRequestException or SocketException or IOException => true,
        // HttpClient's timeout, not our own shutdown.
        TaskCanceledException => !ct.IsCancellationRequested,
        MailKit.CommandException or MailKit.ProtocolException or MailKit.Security.AuthenticationException
            or MailKit.Security.SslHandshakeException or MailKit.ServiceNotConnectedException => true,
        MimeKit.ParseException or FormatException => true,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {Id} ({Channel}) failed on try {Attempt}: {Error}")]
    private partial void LogFailed(Guid id, DeliveryChannel channel, int attempt, string error);
}

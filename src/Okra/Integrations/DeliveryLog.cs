using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Integrations;

namespace Okra.Integrations;

/// <summary>One outgoing message and where it stands.</summary>
public sealed record DeliveryResponse(
    Guid Id, DeliveryChannel Channel, Guid? SubscriptionId, string Recipient, string? Subject, string? Kind, DeliveryState State,
    int Attempts, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, int? LastStatusCode, string? LastError);

/// <summary>The admin's delivery log: the latest e-mails and webhook posts, newest first.</summary>
public static class DeliveryLog
{
    public const int Latest = 100;

    public static async Task<Ok<List<DeliveryResponse>>> Handle(OkraDbContext db, CancellationToken ct) => TypedResults.Ok(await ReadAsync(db, ct));

    public static Task<List<DeliveryResponse>> ReadAsync(OkraDbContext db, CancellationToken ct) =>
        db.Deliveries.AsNoTracking().OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(Latest)
            .Select(d => new DeliveryResponse(d.Id, d.Channel, d.SubscriptionId, d.Recipient, d.Subject, d.Kind, d.State, d.Attempts,
                d.CreatedAt, d.NextAttemptAt, d.SentAt, d.LastStatusCode, d.LastError))
            .ToListAsync(ct);
}

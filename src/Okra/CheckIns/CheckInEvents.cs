using System.Globalization;
using Okra.Domain.CheckIns;
using Okra.Domain.Integrations;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;
using Okra.Notifications;

namespace Okra.CheckIns;

/// <summary>What a new check-in announces: the check-in itself, and the key result's status change when it changed one.</summary>
internal static class CheckInEvents
{
    public static async Task PublishAsync(
        INotificationPublisher events, string author, CheckIn checkIn, KeyResult keyResult, Status before, Status after, CancellationToken ct)
    {
        var link = $"/key-results/{keyResult.Id}";
        var data = new Dictionary<string, string?>
        {
            ["keyResultId"] = keyResult.Id.ToString(),
            ["checkInId"] = checkIn.Id.ToString(),
            ["date"] = checkIn.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["value"] = checkIn.Value.ToString(CultureInfo.InvariantCulture),
            ["confidence"] = checkIn.Confidence?.ToString(CultureInfo.InvariantCulture),
            ["statusBefore"] = before.ToString(),
            ["status"] = after.ToString(),
        };
        await events.PublishAsync(new OkraEvent(OkraEventType.CheckInCreated, author, keyResult.Title,
            checkIn.Value.ToString(CultureInfo.InvariantCulture), link, Data: data), ct);
        if (before != after)
            await events.PublishAsync(new OkraEvent(OkraEventType.KeyResultStatusChanged, author, keyResult.Title, after.ToString(), link, Data: data), ct);
    }
}

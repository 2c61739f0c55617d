using Microsoft.AspNetCore.Http.HttpResults;
using Okra.Integrations;

namespace Okra.Rhythm;

/// <summary>How many people were reminded and how many messages left at once.</summary>
public sealed record RemindersSentResponse(int People, int Delivered);

/// <summary>An admin's "send check-in reminders now": queues this period's reminders outside the schedule and sends the outbox.</summary>
public static class SendRemindersNow
{
    public static async Task<Ok<RemindersSentResponse>> Handle(CheckInReminders reminders, DeliveryDispatcher dispatcher, CancellationToken ct)
    {
        var people = await reminders.QueueAsync(ct);
        return TypedResults.Ok(new RemindersSentResponse(people, await dispatcher.DispatchDueAsync(ct)));
    }
}

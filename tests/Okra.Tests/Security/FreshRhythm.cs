namespace Okra.Tests.Security;

/// <summary>Fresh targets for the operating-rhythm rows: webhooks to change or delete, a notification id nobody owns.</summary>
public static class FreshRhythm
{
    private static readonly string[] Events = ["checkInCreated"];

    public static Task<object?> NewWebhook(MatrixCell c) =>
        Task.FromResult<object?>(new { name = c.World.Unique("Hook"), url = "https://hooks.example.test/okra", format = "slack", events = Events });

    public static async Task<object?> WebhookChange(MatrixCell c)
    {
        await Webhook(c);
        return new { isActive = false };
    }

    public static async Task<object?> Webhook(MatrixCell c)
    {
        c.Ids["webhookId"] = await MatrixWorld.IdAsync(c.World.Admin, "/api/v1/webhooks",
            new { name = c.World.Unique("Hook"), url = "https://hooks.example.test/okra", format = "generic", events = Events });
        return null;
    }

    /// <summary>A notification id that is no one's: every signed-in caller gets 404 for it, exactly as for someone else's.</summary>
    public static Task<object?> UnknownNotification(MatrixCell c)
    {
        c.Ids["notificationId"] = Guid.NewGuid();
        return Task.FromResult<object?>(null);
    }
}

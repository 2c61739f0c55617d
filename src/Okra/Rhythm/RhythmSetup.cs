using Okra.Integrations;
using Okra.Notifications;
using Okra.Security;

namespace Okra.Rhythm;

/// <summary>Reminders, digests, notifications, webhooks and the background worker.</summary>
public static class RhythmSetup
{
    /// <summary>Services shared by the web host and the CLI verbs.</summary>
    public static IServiceCollection AddOkraRhythm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization();
        services.AddOptions<RhythmOptions>().Bind(configuration.GetSection(RhythmOptions.Section));
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<InstanceId>();
        services.AddSingleton<JobScheduler>();
        services.AddSingleton<DeliveryDispatcher>();
        services.AddSingleton<IScheduledWork, ReminderJob>();
        services.AddSingleton<IScheduledWork, DigestJob>();
        services.AddScoped<DueKeyResults>();
        services.AddScoped<CheckInReminders>();
        services.AddScoped<LeadDigests>();
        services.AddScoped<LocalizedTexts>();
        services.AddSingleton<ActiveWebhooks>();
        services.AddScoped<INotificationPublisher, OutboxPublisher>();
        services.AddScoped<IMailSender, SmtpMailSender>();
        services.AddScoped<WebhookSender>();
        services.AddHttpClient(WebhookSender.ClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }

    /// <summary>The background worker, in the web host only.</summary>
    public static IServiceCollection AddOkraRhythmWorker(this IServiceCollection services) => services.AddHostedService<RhythmWorker>();

    public static IEndpointRouteBuilder MapRhythmApi(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/v1/notifications").WithTags("Notifications");
        notifications.MapGet("/", MyNotifications.List).WithName("ListNotifications").WithSummary("The caller's latest notifications and unread count.");
        notifications.MapPost("/{id:guid}/read", MyNotifications.MarkRead).WithName("MarkNotificationRead").WithSummary("Marks one of the caller's notifications read.");
        notifications.MapPost("/read-all", MyNotifications.MarkAllRead).WithName("MarkAllNotificationsRead").WithSummary("Marks all the caller's notifications read.");
        app.MapGet("/api/v1/teams/{id:guid}/missing-check-ins", MissingCheckIns.Handle).WithTags("Teams")
            .WithName("MissingCheckIns").WithSummary("The team's members with key results due for a check-in in this period.");
        app.MapPost("/api/v1/reminders/send", SendRemindersNow.Handle).WithTags("Notifications")
            .WithName("SendRemindersNow").WithSummary("Sends this period's check-in reminders now, outside the schedule.").AdminOnly();
        var webhooks = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks");
        webhooks.MapGet("/", SaveWebhook.List).WithName("ListWebhooks").WithSummary("Outgoing webhook subscriptions.").AdminOnly();
        webhooks.MapPost("/", SaveWebhook.Create).WithName("CreateWebhook").WithSummary("Adds a webhook; answers its signing secret once.").AdminOnly();
        webhooks.MapPut("/{id:guid}", SaveWebhook.Update).WithName("UpdateWebhook").WithSummary("Changes a webhook's name, URL, format, events or pauses it.").AdminOnly();
        webhooks.MapDelete("/{id:guid}", SaveWebhook.Delete).WithName("DeleteWebhook").WithSummary("Deletes a webhook; its delivery log stays.").AdminOnly();
        webhooks.MapGet("/deliveries", DeliveryLog.Handle).WithName("DeliveryLog").WithSummary("The latest outgoing e-mails and webhook posts with their outcome.").AdminOnly();
        return app;
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Integrations;
using Okra.Notifications;

namespace Okra.Integrations;

public sealed record WebhookRequest(string? Name, string? Url, WebhookFormat? Format, IReadOnlyList<OkraEventType>? Events, bool? IsActive);

/// <summary>A subscription as the admin sees it; <see cref="Secret"/> only in the answer that created it.</summary>
public sealed record WebhookResponse(Guid Id, string Name, string Url, WebhookFormat Format, IReadOnlyList<OkraEventType> Events, bool IsActive, DateTimeOffset CreatedAt, string? Secret)
{
    public static WebhookResponse From(WebhookSubscription s, bool withSecret = false) =>
        new(s.Id, s.Name, s.Url, s.Format, s.EventTypes, s.IsActive, s.CreatedAt, withSecret ? s.Secret : null);
}

/// <summary>The admin's webhook subscriptions: list, add, change, delete.</summary>
public static class SaveWebhook
{
    public static async Task<Ok<List<WebhookResponse>>> List(OkraDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct)).Select(s => WebhookResponse.From(s)).ToList());

    public static async Task<Results<Created<WebhookResponse>, ValidationProblem>> Create(
        WebhookRequest request, OkraDbContext db, TimeProvider clock, ActiveWebhooks webhooks, CancellationToken ct)
    {
        if (request.Format is not { } format) return Problems.Invalid("format", "is required: slack, teams or generic.");
        var subscription = new WebhookSubscription(request.Name ?? "", request.Url ?? "", format, request.Events ?? [], clock.GetUtcNow());
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        webhooks.Changed();
        return TypedResults.Created($"/api/v1/webhooks/{subscription.Id}", WebhookResponse.From(subscription, withSecret: true));
    }

    public static async Task<Results<Ok<WebhookResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, WebhookRequest request, OkraDbContext db, ActiveWebhooks webhooks, CancellationToken ct)
    {
        if (await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct) is not { } subscription) return Problems.NotFound("Webhook", id);
        subscription.Update(request.Name ?? subscription.Name, request.Url ?? subscription.Url, request.Format ?? subscription.Format,
            request.Events ?? subscription.EventTypes, request.IsActive ?? subscription.IsActive);
        await db.SaveChangesAsync(ct);
        webhooks.Changed();
        return TypedResults.Ok(WebhookResponse.From(subscription));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, OkraDbContext db, ActiveWebhooks webhooks, CancellationToken ct)
    {
        if (await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct) is not { } subscription) return Problems.NotFound("Webhook", id);
        db.WebhookSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(ct);
        webhooks.Changed();
        return TypedResults.NoContent();
    }
}

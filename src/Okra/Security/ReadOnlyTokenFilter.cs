using Okra.Api;
using Okra.Domain.Access;

namespace Okra.Security;

/// <summary>A read-scoped token may only read: every other method gets 403 before the handler runs.</summary>
internal sealed class ReadOnlyTokenFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var readOnly = context.HttpContext.User.FindFirst(TokenAuthenticationHandler.ScopeClaim)?.Value == nameof(TokenScope.Read);
        if (readOnly && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            return Problems.Forbidden("This token is read-only; create a write token to change data.");
        return await next(context);
    }
}

/// <summary>Admin-only endpoints: people, teams, cycles, settings and accounts.</summary>
internal sealed class AdminOnlyFilter(CurrentActor actor) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!AccessRules.CanAdministrate(await actor.GetAsync(context.HttpContext.RequestAborted)))
            return Problems.Forbidden("Only an admin may change people, teams, cycles, settings and accounts.");
        return await next(context);
    }
}

public static class SecurityEndpointExtensions
{
    /// <summary>Marks an endpoint as admin-only (403 for everyone else).</summary>
    public static RouteHandlerBuilder AdminOnly(this RouteHandlerBuilder builder) => builder.AddEndpointFilter<AdminOnlyFilter>();
}

using Okra.Api;
using Okra.Domain.Access;

namespace Okra.Security;

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

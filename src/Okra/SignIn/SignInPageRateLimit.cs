using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;

namespace Okra.SignIn;

/// <summary>
/// The sign-in form's posts share the API sign-in's budget per address (<c>Okra:RateLimits:SignInPerMinute</c>);
/// showing the page costs nothing, so an office behind one address can still open it.
/// </summary>
public static class SignInPageRateLimit
{
    private const string Policy = "sign-in-page";

    public static IServiceCollection AddSignInPageRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Okra:RateLimits:SignInPerMinute", 10);
        return services.Configure<RateLimiterOptions>(o => o.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("page")));
    }

    /// <summary>Puts the policy on the sign-in page's endpoint only.</summary>
    public static RazorComponentsEndpointConventionBuilder WithSignInPageRateLimit(this RazorComponentsEndpointConventionBuilder builder)
    {
        builder.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: SignInPage.Route })
                endpoint.Metadata.Add(new EnableRateLimitingAttribute(Policy));
        });
        return builder;
    }
}

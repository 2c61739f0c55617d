using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Okra.Accounts;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Data.Accounts;

namespace Okra.Security;

/// <summary>Sign-in (cookie or bearer token), the signed-in-only fallback, rate limits and security headers.</summary>
public static class SecuritySetup
{
    private const string Selector = "Okra";

    public static IServiceCollection AddOkraSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CallerPrincipal>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<OkrScopes>();
        services.AddScoped<OkrAccess>();
        new IdentityBuilder(typeof(OkraUser), services).AddSignInManager();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Selector;
                o.DefaultChallengeScheme = Selector;
            })
            .AddPolicyScheme(Selector, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "okra.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/sign-in";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            // The API answers 401/403 as ProblemDetails; only pages redirect to the sign-in page.
            o.Events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        var apiPerMinute = configuration.GetValue("Okra:RateLimits:ApiPerMinute", 6000);
        var signInPerMinute = configuration.GetValue("Okra:RateLimits:SignInPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(statusCode: 429, title: "Too many requests.",
                    detail: $"Slow down; try again in {Math.Ceiling(retry.TotalSeconds)} seconds.").ExecuteAsync(context.HttpContext);
            };
            o.AddPolicy(AccountsApi.SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Every API caller — by account, else by address — shares one budget per minute.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = apiPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("pages"));
        });
        return services;
    }

    /// <summary>
    /// After sign-in: a read-only token may not write (403 before any handler runs), and audit entries of the request name
    /// the signed-in account.
    /// </summary>
    public static IApplicationBuilder UseOkraRequestGuards(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var readOnly = context.User.FindFirst(TokenAuthenticationHandler.ScopeClaim)?.Value == nameof(TokenScope.Read);
        if (readOnly && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not do this.",
                detail: "This token is read-only; create a write token to change data.").ExecuteAsync(context);
            return;
        }
        if (context.User.FindFirstValue(ClaimTypes.Email) is { } email)
            context.RequestServices.GetRequiredService<OkraDbContext>().Audit.Actor = email;
        await next(context);
    });

    /// <summary>Security headers on every answer. The API reference page needs inline script and style; nothing else does.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs")
            ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'"
            : "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
        await next(context);
    });

    private static Task Status(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

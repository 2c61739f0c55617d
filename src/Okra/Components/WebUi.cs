using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor.Services;
using Okra.Components.Localization;
using Okra.Components.Common;
using Okra.SignIn;

namespace Okra.Components;

/// <summary>The Blazor web app: interactive server components, MudBlazor, localization and the account forms' endpoints.</summary>
public static class WebUi
{
    public static IServiceCollection AddOkraWebUi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthentication>();
        services.AddMudServices();
        services.AddTransient<MudBlazor.MudLocalizer, OkraMudLocalizer>();
        services.AddLocalization();
        services.AddOkraCultures();
        services.AddScoped<SignedInPerson>();
        services.AddScoped<Tree.TreePageData>();
        services.AddScoped<Home.FocusData>();
        services.AddScoped<Objectives.OkrPageParts>();
        services.AddScoped<Objectives.ObjectivePageData>();
        services.AddScoped<KeyResults.KeyResultPageData>();
        services.AddScoped<KeyResults.KeyResultFormData>();
        services.AddScoped<Objectives.ObjectiveFormData>();
        services.AddScoped<SignedInActions>();
        services.AddScoped<CheckIns.CheckInPageData>();
        services.AddScoped<CheckIns.DueCheckIns>();
        services.AddScoped<Teams.TeamsPageData>();
        services.AddScoped<People.PersonPageData>();
        services.AddScoped<Admin.AdminData>();
        services.AddScoped<SalesData.SalesPageData>();
        services.AddSignInPageRateLimit(configuration);
        return services;
    }

    public static WebApplication MapOkraWebUi(this WebApplication app)
    {
        // The sign-in page needs its stylesheets before anyone is signed in; nothing under these paths is private.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>()
            // Security headers already forbid framing (frame-ancestors 'none'); Blazor's own looser header would only repeat it.
            .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null)
            .WithSignInPageRateLimit();
        app.MapAccountForms();
        app.MapLanguageSwitch();
        return app;
    }
}

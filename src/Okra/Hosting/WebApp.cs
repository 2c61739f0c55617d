using System.Text.Json;
using System.Text.Json.Serialization;
using Okra.Accounts;
using Okra.Api;
using Okra.Comments;
using Okra.CheckIns;
using Okra.Components;
using Okra.Components.Localization;
using Okra.Cycles;
using Okra.Feedback;
using Okra.Recognition;
using Okra.Reviews;
using Okra.Scoring;
using Okra.Data;
using Okra.Initiatives;
using Okra.KeyResults;
using Okra.Objectives;
using Okra.Metrics;
using Okra.Organisation;
using Okra.People;
using Okra.SalesData;
using Okra.Security;
using Okra.Teams;
using Okra.Rhythm;
using Okra.Tree;
using Scalar.AspNetCore;

namespace Okra.Hosting;

/// <summary>Builds the web application: services, the API per feature, health, the API reference and the web UI.</summary>
public static class WebApp
{
    /// <summary>Services shared by the web host and the CLI verbs.</summary>
    public static IServiceCollection AddOkraCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OkraOptions>().Bind(configuration.GetSection(OkraOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Today>();
        services.AddOkraDatabase(configuration);
        services.AddScoped<OrganisationStore>();
        services.AddScoped<SnapshotReader>();
        services.AddScoped<TreeBuilder>();
        services.AddScoped<ObjectiveDetails>();
        services.AddScoped<KeyResultDetails>();
        services.AddScoped<Exchange.OkrExporter>();
        services.AddScoped<Exchange.OkrImporter>();
        services.AddScoped<Demo.DemoOrganisation>();
        services.AddScoped<Feedback.OneOnOneAccess>();
        services.AddScoped<Reviews.ReviewAccess>();
        services.AddScoped<Reviews.ReviewDetails>();
        services.AddScoped<Scoring.CycleScoresReader>();
        services.AddScoped<Recognition.RecognitionFeed>();
        services.AddOkraSalesData();
        services.AddOkraIdentity();
        services.AddOkraRhythm(configuration);
        return services;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Defaults in code, so that they hold from any working directory; configuration still overrides them.
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://localhost:5080");
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // First, so that migrations run before any other hosted service (data protection reads its keys from the database).
        builder.Services.AddHostedService<StartupTasks>();
        builder.Services.AddOkraCore(builder.Configuration);
        builder.Services.AddOkraWalCheckpoints(builder.Configuration);
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        // Unreadable bodies and unbindable parameters throw, so the handler can name the field (off by default outside Development).
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddDbContextCheck<OkraDbContext>("database");
        builder.Services.AddOkraSecurity(builder.Configuration);
        builder.Services.AddOkraWebUi(builder.Configuration);
        builder.Services.AddOkraRhythmWorker();
        // Serves the libraries' static files (MudBlazor) from a build output too; a no-op in a published app, which carries them.
        builder.WebHost.UseStaticWebAssets();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseOneSqliteConnectionPerApiRequest();
        app.UseAuthentication();
        app.UseOkraRequestLocalization();
        app.UseOkraRequestGuards();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Okra API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapAccountsApi()
            .MapCommentsApi()
            .MapOrganisationApi()
            .MapPeopleApi()
            .MapTeamsApi()
            .MapCyclesApi()
            .MapObjectivesApi()
            .MapKeyResultsApi()
            .MapCheckInsApi()
            .MapInitiativesApi()
            .MapSalesDataApi()
            .MapMetricsApi()
            .MapRhythmApi();
        app.MapFeedbackApi()
            .MapReviewsApi()
            .MapScoringApi()
            .MapRecognitionApi();
        app.MapOkraWebUi();
        return app;
    }

    /// <summary>camelCase names and enums as camelCase strings, for the API and for exports.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}

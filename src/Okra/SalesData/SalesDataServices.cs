using Okra.Metrics;

namespace Okra.SalesData;

public static class SalesDataServices
{
    /// <summary>Ingestion, metric queries and the automatic key results.</summary>
    public static IServiceCollection AddOkraSalesData(this IServiceCollection services)
    {
        services.AddScoped<OrganisationSettings>();
        services.AddScoped<SalesIngestion>();
        services.AddScoped<SalesDataLoader>();
        services.AddScoped<MetricQuery>();
        services.AddScoped<AutomaticKeyResults>();
        return services;
    }
}

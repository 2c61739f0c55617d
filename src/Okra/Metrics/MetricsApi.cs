using Microsoft.AspNetCore.Http.HttpResults;
using Okra.Api;
using Okra.Domain.Access;
using Okra.Domain.Cycles;
using Okra.Domain.Metrics;
using Okra.Security;

namespace Okra.Metrics;

public static class MetricsApi
{
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/metrics").WithTags("Metrics");
        group.MapGet("/", () => TypedResults.Ok(MetricCatalogue.All.Select(MetricResponse.From).ToList()))
            .WithName("ListMetrics").WithSummary("The metric catalogue: name, formula and unit of every metric.");
        group.MapGet("/values", MetricValues.Handle).WithName("GetMetricValues")
            .WithSummary("A metric's value in a window, or per week or month of it, with filters.");
        group.MapGet("/records", MetricValues.Records).WithName("GetMetricRecords")
            .WithSummary("The records that make up a metric's value in a window (drill-down).");
        group.MapPost("/recompute", Recompute).WithName("RecomputeAutomaticKeyResults")
            .WithSummary("Recomputes every automatic key result now; admins only.");

        var keyResults = app.MapGroup("/api/v1/key-results").WithTags("Key results");
        keyResults.MapGet("/{id:guid}/metric", BindMetric.Get).WithName("GetKeyResultMetric").WithSummary("The metric a key result is bound to.");
        keyResults.MapPut("/{id:guid}/metric", BindMetric.Put).WithName("BindKeyResultMetric")
            .WithSummary("Binds a key result to a metric and filters; its values then come from sales data.");
        keyResults.MapDelete("/{id:guid}/metric", BindMetric.Delete).WithName("UnbindKeyResultMetric").WithSummary("Returns a key result to manual check-ins.");
        keyResults.MapGet("/{id:guid}/records", BindMetric.Records).WithName("GetKeyResultRecords")
            .WithSummary("The records behind an automatic key result's value in the window holding a day (default today).");
        return app;
    }

    private static async Task<Results<Ok<RecomputeResponse>, ProblemHttpResult>> Recompute(AutomaticKeyResults automatic, CurrentActor current, CancellationToken ct)
    {
        if (!AccessRules.CanAdministrate(await current.GetAsync(ct))) return Problems.Forbidden("Only admins may recompute every automatic key result.");
        return TypedResults.Ok(new RecomputeResponse(await automatic.RecomputeAsync(null, ct)));
    }
}

public sealed record RecomputeResponse(int KeyResultsUpdated);

/// <summary>Reads a metric from the database, for a window or per week or month.</summary>
public static class MetricValues
{
    public static async Task<Results<Ok<MetricValuesResponse>, ValidationProblem>> Handle(string? metric, DateOnly? from, DateOnly? to, string? period,
        [AsParameters] FilterQuery filter, MetricQuery query, AutomaticKeyResults automatic, Hosting.Today today, SalesData.OrganisationSettings settings, CancellationToken ct)
    {
        var id = MetricNames.Parse(metric);
        var window = new DateRange(from ?? today.Date.AddDays(-29), to ?? today.Date, "to");
        IReadOnlyList<DateRange> windows = period?.ToLowerInvariant() switch
        {
            null or "" or "none" => [window],
            "week" => [.. SubPeriod.Split(window, PeriodUnit.Week).Select(p => p.Dates)],
            "month" => [.. SubPeriod.Split(window, PeriodUnit.Month).Select(p => p.Dates)],
            _ => throw new Domain.Common.DomainValidationException("period", "must be week, month or none."),
        };
        var metricFilter = await FilterAsync(filter, automatic, ct);
        var values = await query.EvaluateAsync(windows.Select(w => new MetricRequest(id, metricFilter, w)).ToList(), ct);
        var unit = MetricCatalogue.Of(id).Unit;
        var currency = unit == MetricUnit.Currency ? (await settings.ConverterAsync(ct)).OrganisationCurrency : null;
        return TypedResults.Ok(new MetricValuesResponse(id, unit, currency, windows.Select((w, i) => new MetricValue(w.Start, w.End, values[i])).ToList()));
    }

    public static async Task<Ok<DrillDownResponse>> Records(string? metric, DateOnly? from, DateOnly? to,
        [AsParameters] FilterQuery filter, MetricQuery query, AutomaticKeyResults automatic, Hosting.Today today, CancellationToken ct)
    {
        var id = MetricNames.Parse(metric);
        var window = new DateRange(from ?? today.Date.AddDays(-29), to ?? today.Date, "to");
        var (result, data) = await query.DrillDownAsync(new MetricRequest(id, await FilterAsync(filter, automatic, ct), window), ct);
        return TypedResults.Ok(new DrillDownResponse(id, window.Start, window.End, result.Value, MetricCatalogue.Of(id).Unit, DrillDownRecords.Of(result, data)));
    }

    private static async Task<MetricFilter> FilterAsync(FilterQuery q, AutomaticKeyResults automatic, CancellationToken ct)
    {
        if (q.OwnerPersonId is not null && q.TeamId is not null)
            throw new Domain.Common.DomainValidationException("teamId", "cannot be combined with ownerPersonId.");
        IReadOnlySet<Guid>? owners = q.OwnerPersonId is { } p ? new HashSet<Guid> { p } : q.TeamId is { } t ? await automatic.TeamMembersAsync(t, ct) : null;
        return new MetricFilter(owners, q.Market, q.Segment, q.ParsedActivityType, q.ParsedDealType);
    }
}

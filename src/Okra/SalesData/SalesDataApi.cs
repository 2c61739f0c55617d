namespace Okra.SalesData;

public static class SalesDataApi
{
    public static IEndpointRouteBuilder MapSalesDataApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/sales").WithTags("Sales data");
        group.MapGet("/exchange-rates", ExchangeRates.List).WithName("ListExchangeRates").WithSummary("The rates that convert amounts to the organisation's currency.");
        group.MapPut("/exchange-rates", ExchangeRates.Put).WithName("SaveExchangeRates").WithSummary("Adds or replaces exchange rates; admins only.");
        // One bulk endpoint per record type, so that each is its own entry in the API reference.
        foreach (var (name, type) in RecordTypes.ByName)
        {
            group.MapPost($"/{name}", (HttpRequest request, SalesIngestion ingestion, Security.CurrentActor current, CancellationToken ct) =>
                    IngestRecords.Handle(type, request, ingestion, current, ct))
                .WithName($"Ingest{type}").WithSummary($"Imports {name} (a JSON array or NDJSON), idempotent by id, all or nothing.")
                .Accepts<object>("application/json", "application/x-ndjson");
        }
        group.MapPost("/csv", ImportCsv.Handle).WithName("ImportSalesCsv")
            .WithSummary("Imports a CSV export of ?type= (HubSpot, Pipedrive, Salesforce presets or a column mapping), all or nothing; the body is the file, whatever its content type.");
        group.MapGet("/records", RecordFeeds.Handle).WithName("GetSalesRecord")
            .WithSummary("One record (?type=&id=) and the automatic key results it feeds.");
        return app;
    }
}

namespace Okra.SalesData;

public static class SalesDataApi
{
    public static IEndpointRouteBuilder MapSalesDataApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/sales").WithTags("Sales data");
        group.MapGet("/exchange-rates", ExchangeRates.List).WithName("ListExchangeRates").WithSummary("The rates that convert amounts to the organisation's currency.");
        group.MapPut("/exchange-rates", ExchangeRates.Put).WithName("SaveExchangeRates").WithSummary("Adds or replaces exchange rates; admins only.");
        group.MapPost("/{recordType}", IngestRecords.Handle).WithName("IngestSalesRecords")
            .WithSummary("Imports records of one type (JSON array or NDJSON), idempotent by id, all or nothing.")
            .Accepts<object>("application/json", "application/x-ndjson");
        group.MapPost("/{recordType}/csv", ImportCsv.Handle).WithName("ImportSalesCsv")
            .WithSummary("Imports a CSV export (HubSpot, Pipedrive, Salesforce presets or a column mapping), all or nothing.")
            .Accepts<object>("text/csv");
        group.MapGet("/{recordType}/{externalId}", RecordFeeds.Handle).WithName("GetSalesRecord")
            .WithSummary("One record and the automatic key results it feeds.");
        return app;
    }
}

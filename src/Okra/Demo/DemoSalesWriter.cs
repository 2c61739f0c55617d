using Microsoft.EntityFrameworkCore.Storage;
using Okra.Data;
using Okra.Domain.Metrics;
using Okra.SalesData;

namespace Okra.Demo;

/// <summary>
/// Writes the demo's sales data in the seed's transaction through the ingestion's bulk writers (no change tracking for
/// thousands of rows, and the per-person daily activity counts kept the same way), with the exchange rates and bindings.
/// </summary>
internal static class DemoSalesWriter
{
    public static async Task WriteAsync(OkraDbContext db, IDbContextTransaction transaction, DemoSales sales,
        IReadOnlyList<MetricBinding> bindings, CancellationToken ct)
    {
        db.ExchangeRates.AddRange(sales.Rates);
        db.MetricBindings.AddRange(bindings);
        await db.SaveChangesAsync(ct);
        var writer = BulkWriter.For(db);
        await writer.WriteAsync(SalesTables.Customers, sales.Customers, transaction, ct);
        await writer.WriteAsync(SalesTables.Markets, sales.Markets, transaction, ct);
        await writer.WriteAsync(SalesTables.Deals, sales.Deals, transaction, ct);
        await writer.WriteAsync(SalesTables.Movements, sales.Movements, transaction, ct);
        await writer.WriteAsync(SalesTables.Activities, sales.Activities, transaction, ct);
        await writer.WriteAsync(SalesTables.SurveyAnswers, sales.SurveyAnswers, transaction, ct);
        await writer.WriteAsync(SalesTables.Complaints, sales.Complaints, transaction, ct);
    }
}

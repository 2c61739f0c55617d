using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Cycles;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;
using Okra.SalesData;

namespace Okra.Metrics;

/// <summary>
/// The database side of a metric: loads only the records the metrics at hand can read in a span of days (won deals closed
/// in it, movements up to its end, complaints open during it …), narrowed to a set of owners where the record carries one.
/// The formulas then run in <see cref="MetricEvaluator"/>.
/// </summary>
public sealed class SalesDataLoader(OkraDbContext db, OrganisationSettings settings)
{
    public async Task<Domain.Metrics.SalesData> LoadAsync(IReadOnlyCollection<MetricId> metrics, DateRange span, IReadOnlySet<Guid>? owners, CancellationToken ct)
    {
        var sources = metrics.SelectMany(m => MetricCatalogue.Of(m).Sources).ToHashSet();
        var (start, end) = (span.Start, span.End);
        var ownerList = owners?.ToList();
        var deals = sources.Contains(SalesRecordType.Deals)
            ? await db.Deals.AsNoTracking().Where(d => d.Status == DealStatus.Won && d.ClosedOn >= start && d.ClosedOn <= end)
                .Where(d => ownerList == null || (d.OwnerPersonId != null && ownerList.Contains(d.OwnerPersonId.Value))).ToListAsync(ct)
            : [];
        var activities = sources.Contains(SalesRecordType.Activities)
            ? await db.Activities.AsNoTracking().Where(a => a.Date >= start && a.Date <= end)
                .Where(a => ownerList == null || ownerList.Contains(a.OwnerPersonId)).ToListAsync(ct)
            : [];
        var movements = sources.Contains(SalesRecordType.SubscriptionMovements)
            ? await db.SubscriptionMovements.AsNoTracking().Where(m => m.Date <= end).ToListAsync(ct) : [];
        var answers = sources.Contains(SalesRecordType.SurveyAnswers)
            ? await db.SurveyAnswers.AsNoTracking().Where(a => a.Date >= start && a.Date <= end).ToListAsync(ct) : [];
        var complaints = sources.Contains(SalesRecordType.Complaints)
            ? await db.Complaints.AsNoTracking().Where(c => c.OpenedOn <= end && (c.ResolvedOn == null || c.ResolvedOn >= start)).ToListAsync(ct) : [];
        var markets = sources.Contains(SalesRecordType.Markets) ? await db.Markets.AsNoTracking().ToListAsync(ct) : [];
        var customers = await db.Customers.AsNoTracking().ToListAsync(ct);
        return new Domain.Metrics.SalesData(await settings.ConverterAsync(ct), customers, deals, movements, activities, answers, complaints, markets);
    }
}

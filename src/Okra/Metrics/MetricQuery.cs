using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Cycles;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;

namespace Okra.Metrics;

/// <summary>One metric value to compute: which metric, which filter, which window.</summary>
public sealed record MetricRequest(MetricId Metric, MetricFilter Filter, DateRange Window);

/// <summary>
/// Computes metric values from the database. Activity counts filtered only by owner and type are summed from the
/// per-person daily counts; everything else loads the records it needs once for all requests and evaluates the domain
/// formulas over them.
/// </summary>
public sealed class MetricQuery(OkraDbContext db, SalesDataLoader loader)
{
    public async Task<decimal?[]> EvaluateAsync(IReadOnlyList<MetricRequest> requests, CancellationToken ct)
    {
        var values = new decimal?[requests.Count];
        var counted = Enumerable.Range(0, requests.Count).Where(i => IsCounted(requests[i])).ToList();
        if (counted.Count > 0) await CountActivitiesAsync(requests, counted, values, ct);
        var others = Enumerable.Range(0, requests.Count).Except(counted).ToList();
        if (others.Count > 0)
        {
            var data = await loader.LoadAsync(others.Select(i => requests[i].Metric).Distinct().ToList(), Span(others.Select(i => requests[i])), OwnersOf(others.Select(i => requests[i])), ct);
            foreach (var i in others) values[i] = MetricEvaluator.Evaluate(requests[i].Metric, requests[i].Filter, requests[i].Window, data).Value;
        }
        return values;
    }

    /// <summary>The value and the records behind one metric in one window.</summary>
    public async Task<(MetricResult Result, Domain.Metrics.SalesData Data)> DrillDownAsync(MetricRequest request, CancellationToken ct)
    {
        var data = await loader.LoadAsync([request.Metric], request.Window, request.Filter.Owners, ct);
        return (MetricEvaluator.Evaluate(request.Metric, request.Filter, request.Window, data), data);
    }

    private static bool IsCounted(MetricRequest r) => r.Metric == MetricId.Activities && r.Filter.OnlyOwnerAndType;

    private static DateRange Span(IEnumerable<MetricRequest> requests)
    {
        var list = requests.ToList();
        return new DateRange(list.Min(r => r.Window.Start), list.Max(r => r.Window.End));
    }

    /// <summary>The union of the requests' owners, or null when any of them reads everyone's records.</summary>
    private static HashSet<Guid>? OwnersOf(IEnumerable<MetricRequest> requests)
    {
        var owners = new HashSet<Guid>();
        foreach (var r in requests)
        {
            if (r.Filter.Owners is null) return null;
            owners.UnionWith(r.Filter.Owners);
        }
        return owners;
    }

    private async Task CountActivitiesAsync(IReadOnlyList<MetricRequest> requests, List<int> indexes, decimal?[] values, CancellationToken ct)
    {
        var span = Span(indexes.Select(i => requests[i]));
        var owners = OwnersOf(indexes.Select(i => requests[i]))?.ToList();
        var types = indexes.Select(i => requests[i].Filter.ActivityType).Distinct().ToList();
        var onlyTypes = types.All(t => t is not null) ? types.Select(t => t!.Value).ToList() : null;
        var (start, end) = (span.Start, span.End);
        var query = db.ActivityDays.AsNoTracking().Where(d => d.Date >= start && d.Date <= end);
        if (owners is not null) query = query.Where(d => owners.Contains(d.OwnerPersonId));
        if (onlyTypes is not null) query = query.Where(d => onlyTypes.Contains(d.Type));
        var rows = await query.Select(d => new { d.OwnerPersonId, d.Date, d.Type, d.Count }).ToListAsync(ct);
        var byOwner = rows.ToLookup(r => r.OwnerPersonId);
        foreach (var i in indexes)
        {
            var (filter, window) = (requests[i].Filter, requests[i].Window);
            var candidates = filter.Owners is null ? rows : filter.Owners.SelectMany(o => byOwner[o]);
            values[i] = candidates.Where(r => window.Contains(r.Date) && (filter.ActivityType is null || r.Type == filter.ActivityType)).Sum(r => r.Count);
        }
    }
}

using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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

    /// <summary>
    /// Activity counts filtered only by owner and type, summed in the database: the windows' bounds cut the span into
    /// segments, one <c>GROUP BY</c> over the per-person daily counts answers each person's count per type and segment,
    /// and each window adds up its segments for its people. The rows read are people × types × segments, not people × days.
    /// </summary>
    private async Task CountActivitiesAsync(IReadOnlyList<MetricRequest> requests, List<int> indexes, decimal?[] values, CancellationToken ct)
    {
        var bounds = indexes.SelectMany(i => new[] { requests[i].Window.Start, requests[i].Window.End.AddDays(1) }).Distinct().Order().ToArray();
        var owners = OwnersOf(indexes.Select(i => requests[i]));
        var types = indexes.Select(i => requests[i].Filter.ActivityType).Distinct().ToList();
        var sqlite = db.Database.IsSqlite();
        string Day(DateOnly d) => $"'{d:yyyy-MM-dd}'";
        string Id(Guid g) => sqlite ? $"'{SalesData.SqliteBulkWriter.Upper(g)}'" : $"'{g}'";
        // The segment of a day, by bisection: a year of weekly windows has some 60 bounds, a day needs 6 comparisons.
        string Segment(int low, int high) // segments low..high-1
        {
            if (high - low == 1) return low.ToString(CultureInfo.InvariantCulture);
            var mid = (low + high) / 2;
            return $"CASE WHEN \"Date\" < {Day(bounds[mid])} THEN {Segment(low, mid)} ELSE {Segment(mid, high)} END";
        }
        var segment = Segment(0, bounds.Length - 1);
        // Everyone's counts over weeks or more: on SQLite one pass over the table beats millions of lookups from the
        // (Date, Type) index, which does not hold the owner and the count.
        var scan = sqlite && (owners is null || owners.Count > 1000) && bounds[^1].DayNumber - bounds[0].DayNumber >= 28 ? " NOT INDEXED" : "";
        var sql = new StringBuilder($"SELECT \"OwnerPersonId\", \"Type\", {segment} AS s, SUM(\"Count\") FROM \"ActivityDays\"{scan} WHERE \"Date\" >= {Day(bounds[0])} AND \"Date\" < {Day(bounds[^1])}");
        if (types.All(t => t is not null)) sql.Append(" AND \"Type\" IN (").AppendJoin(", ", types.Select(t => $"'{t}'")).Append(')');
        // A batch's few owners narrow the read; a full recompute reads everyone's counts in one pass.
        if (owners is not null && owners.Count <= 1000) sql.Append(" AND \"OwnerPersonId\" IN (").AppendJoin(", ", owners.Select(Id)).Append(')');
        sql.Append(" GROUP BY \"OwnerPersonId\", \"Type\", s");

        var typeCount = Enum.GetValues<ActivityType>().Length;
        var segments = bounds.Length - 1;
        var counts = new Dictionary<Guid, long[]>();
        var everyone = new long[typeCount * segments];
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql.ToString();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(ct);
            var parsed = new Dictionary<string, Guid>(StringComparer.Ordinal);
            while (await reader.ReadAsync(ct))
            {
                Guid owner;
                if (sqlite)
                {
                    var text = reader.GetString(0);
                    if (!parsed.TryGetValue(text, out owner)) parsed[text] = owner = Guid.Parse(text);
                }
                else owner = reader.GetGuid(0);
                var type = (int)Enum.Parse<ActivityType>(reader.GetString(1));
                var at = type * segments + Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
                var sum = Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture);
                if (!counts.TryGetValue(owner, out var row)) counts[owner] = row = new long[typeCount * segments];
                row[at] += sum;
                everyone[at] += sum;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        foreach (var i in indexes)
        {
            var (filter, window) = (requests[i].Filter, requests[i].Window);
            var (from, to) = (Array.BinarySearch(bounds, window.Start), Array.BinarySearch(bounds, window.End.AddDays(1)));
            var typeRange = filter.ActivityType is { } t ? ((int)t, (int)t + 1) : (0, typeCount);
            long total = 0;
            void Add(long[] row)
            {
                for (var type = typeRange.Item1; type < typeRange.Item2; type++)
                    for (var s = from; s < to; s++) total += row[type * segments + s];
            }
            if (filter.Owners is null) Add(everyone);
            else foreach (var owner in filter.Owners) if (counts.TryGetValue(owner, out var row)) Add(row);
            values[i] = total;
        }
    }
}

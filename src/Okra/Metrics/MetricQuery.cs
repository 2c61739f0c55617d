using System.Data.Common;
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
    /// Activity counts filtered only by owner and type, from the per-person daily counts: the windows' bounds cut the span
    /// into segments, each person's count per type and segment is summed once, and each window adds up its segments for
    /// its people. On PostgreSQL one <c>GROUP BY</c> sums them; on SQLite the daily counts are read straight from the
    /// (type, person, day, count) index and summed here — SQLite's <c>GROUP BY</c> sorted a million and a half rows in a
    /// temporary B-tree, six times the time of reading them.
    /// </summary>
    private async Task CountActivitiesAsync(IReadOnlyList<MetricRequest> requests, List<int> indexes, decimal?[] values, CancellationToken ct)
    {
        var bounds = indexes.SelectMany(i => new[] { requests[i].Window.Start, requests[i].Window.End.AddDays(1) }).Distinct().Order().ToArray();
        var owners = OwnersOf(indexes.Select(i => requests[i]));
        var types = indexes.Select(i => requests[i].Filter.ActivityType).Distinct().ToList();
        var sqlite = db.Database.IsSqlite();
        string Day(DateOnly d) => $"'{d:yyyy-MM-dd}'";
        string Id(Guid g) => sqlite ? $"'{SalesData.SqliteBulkWriter.Upper(g)}'" : $"'{g}'";
        var where = new StringBuilder($" WHERE \"Date\" >= {Day(bounds[0])} AND \"Date\" < {Day(bounds[^1])}");
        if (types.All(t => t is not null)) where.Append(" AND \"Type\" IN (").AppendJoin(", ", types.Select(t => $"'{t}'")).Append(')');
        // A batch's few owners narrow the read; a full recompute reads everyone's counts in one pass.
        if (owners is not null && owners.Count <= 1000) where.Append(" AND \"OwnerPersonId\" IN (").AppendJoin(", ", owners.Select(Id)).Append(')');

        var typeCount = Enum.GetValues<ActivityType>().Length;
        var segments = bounds.Length - 1;
        var counts = new Dictionary<Guid, long[]>();
        var everyone = new long[typeCount * segments];
        long[] RowOf(Guid owner)
        {
            if (!counts.TryGetValue(owner, out var row)) counts[owner] = row = new long[typeCount * segments];
            return row;
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (sqlite) SumDays(connection, where.ToString(), types, owners, bounds, typeCount, RowOf, everyone);
            else await SumSegmentsAsync(connection, where.ToString(), bounds, segments, RowOf, everyone, ct);
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

    /// <summary>SQLite: every daily count in the span, added to its person's type and segment.</summary>
    private static void SumDays(DbConnection connection, string where, List<ActivityType?> types, HashSet<Guid>? owners,
        DateOnly[] bounds, int typeCount, Func<Guid, long[]> rowOf, long[] everyone)
    {
        var segments = bounds.Length - 1;
        var first = bounds[0].DayNumber;
        var segmentOf = new int[bounds[^1].DayNumber - first];
        for (var s = 0; s < segments; s++)
            for (var d = bounds[s].DayNumber; d < bounds[s + 1].DayNumber; d++) segmentOf[d - first] = s;
        var names = Enum.GetValues<ActivityType>().Select(t => Encoding.UTF8.GetBytes(t.ToString())).ToArray();
        // Everyone's counts of given types come from the covering (type, person, day, count) index, person after person;
        // without a type, one pass over the table beats lookups from the (day, type) index.
        var scan = (owners is null || owners.Count > 1000) && types.Any(t => t is null) ? " NOT INDEXED" : "";
        using var rows = new SqliteRows(connection, $"SELECT \"OwnerPersonId\", \"Type\", \"Date\", \"Count\" FROM \"ActivityDays\"{scan}{where}");
        byte[]? lastOwner = null;
        long[] row = [];
        while (rows.Read())
        {
            var owner = rows.Bytes(0);
            if (lastOwner is null || !owner.SequenceEqual(lastOwner))
            {
                row = rowOf(SqliteRows.Id(owner));
                lastOwner = owner.ToArray();
            }
            var typeName = rows.Bytes(1);
            var type = 0;
            while (type < names.Length && !typeName.SequenceEqual(names[type])) type++;
            if (type == names.Length) throw new InvalidOperationException($"Unknown activity type '{Encoding.UTF8.GetString(typeName)}' in ActivityDays.");
            var at = type * segments + segmentOf[rows.Day(2).DayNumber - first];
            var sum = rows.Int64(3);
            row[at] += sum;
            everyone[at] += sum;
        }
    }

    /// <summary>PostgreSQL: one <c>GROUP BY</c> person, type and segment (found by a bisecting <c>CASE</c>).</summary>
    private async Task SumSegmentsAsync(DbConnection connection, string where, DateOnly[] bounds, int segments,
        Func<Guid, long[]> rowOf, long[] everyone, CancellationToken ct)
    {
        // The segment of a day, by bisection: a year of weekly windows has some 60 bounds, a day needs 6 comparisons.
        string Segment(int low, int high) // segments low..high-1
        {
            if (high - low == 1) return low.ToString(CultureInfo.InvariantCulture);
            var mid = (low + high) / 2;
            return $"CASE WHEN \"Date\" < '{bounds[mid]:yyyy-MM-dd}' THEN {Segment(low, mid)} ELSE {Segment(mid, high)} END";
        }
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT \"OwnerPersonId\", \"Type\", {Segment(0, segments)} AS s, SUM(\"Count\") FROM \"ActivityDays\"{where} GROUP BY \"OwnerPersonId\", \"Type\", s";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var type = (int)Enum.Parse<ActivityType>(reader.GetString(1));
            var at = type * segments + Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
            var sum = Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture);
            rowOf(reader.GetGuid(0))[at] += sum;
            everyone[at] += sum;
        }
    }
}

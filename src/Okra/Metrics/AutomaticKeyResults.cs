using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.CheckIns;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Metrics;
using Okra.Domain.Objectives;
using Okra.Hosting;

namespace Okra.Metrics;

/// <summary>
/// Keeps automatic key results up to date: after a batch, only the bound key results whose metric reads the batch's record
/// type, whose owner or team filter meets the batch's owners and whose windows meet its days are recomputed, and a system
/// check-in is written only for a window whose value changed.
/// </summary>
public sealed class AutomaticKeyResults(OkraDbContext db, Today today, MetricQuery query)
{
    /// <summary>Recomputes what <paramref name="touched"/> may have changed; answers how many key results got a new value.</summary>
    public async Task<int> UpdateAfterAsync(Touched touched, CancellationToken ct)
    {
        // Narrowed in the database first: only bindings of the batch's owners, of teams they belong to (or above), or of everyone.
        var bound = touched.Owners is null ? await BoundAsync(null, ct) : await BoundForAsync(touched.Owners, ct);
        var owners = await OwnersAsync(bound, ct);
        var affected = bound.Where(b => MetricCatalogue.Of(b.Binding.Metric).Sources.Contains(touched.Type)
            && (touched.Owners is null || owners[b.Binding.KeyResultId] is not { } o || o.Overlaps(touched.Owners))).ToList();
        return await RecomputeAsync(affected, owners, touched.First, touched.Last, ct);
    }

    /// <summary>Recomputes every automatic key result (or the given ones) over all their windows.</summary>
    public async Task<int> RecomputeAsync(IReadOnlyCollection<Guid>? keyResultIds, CancellationToken ct)
    {
        var bound = await BoundAsync(keyResultIds, ct);
        return await RecomputeAsync(bound, await OwnersAsync(bound, ct), null, null, ct);
    }

    /// <summary>The people an owner or team filter stands for (null: everyone), per key result.</summary>
    public async Task<Dictionary<Guid, IReadOnlySet<Guid>?>> OwnersAsync(IReadOnlyList<BoundKeyResult> bound, CancellationToken ct)
    {
        var result = new Dictionary<Guid, IReadOnlySet<Guid>?>();
        ILookup<Guid, Guid>? members = null;
        IReadOnlyDictionary<Guid, Guid?>? parents = null;
        foreach (var b in bound)
        {
            if (b.Binding.OwnerPersonId is { } person) result[b.Binding.KeyResultId] = new HashSet<Guid> { person };
            else if (b.Binding.TeamId is { } team)
            {
                members ??= (await db.TeamMembers.AsNoTracking().Select(m => new { m.TeamId, m.PersonId }).ToListAsync(ct)).ToLookup(m => m.TeamId, m => m.PersonId);
                parents ??= await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ParentTeamId, ct);
                result[b.Binding.KeyResultId] = Actor.Below([team], parents).SelectMany(t => members[t]).ToHashSet();
            }
            else result[b.Binding.KeyResultId] = null;
        }
        return result;
    }

    /// <summary>The members of <paramref name="teamId"/> and of every team below it, as they are now.</summary>
    public async Task<IReadOnlySet<Guid>> TeamMembersAsync(Guid teamId, CancellationToken ct)
    {
        var members = (await db.TeamMembers.AsNoTracking().Select(m => new { m.TeamId, m.PersonId }).ToListAsync(ct)).ToLookup(m => m.TeamId, m => m.PersonId);
        var parents = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ParentTeamId, ct);
        return Actor.Below([teamId], parents).SelectMany(t => members[t]).ToHashSet();
    }

    public Task<List<BoundKeyResult>> BoundAsync(IReadOnlyCollection<Guid>? keyResultIds, CancellationToken ct)
    {
        var ids = keyResultIds?.ToList();
        return LoadBoundAsync(db.MetricBindings.AsNoTracking().Where(b => ids == null || ids.Contains(b.KeyResultId)), ct);
    }

    /// <summary>The bindings a batch of <paramref name="people"/>'s records may change: theirs, their teams' and those above, and unfiltered ones.</summary>
    private async Task<List<BoundKeyResult>> BoundForAsync(IReadOnlySet<Guid> people, CancellationToken ct)
    {
        // One query: the people's teams and every team above them (a recursive walk up the tree), then the bindings of
        // those people, those teams, or everyone — the narrow bindings table first, then their key results by id. Three EF
        // queries and every team's parent read into memory took a third of a 1,000-activity batch's recompute at 10,000
        // people; joined to the key results in one query, SQLite scanned all 31,000 key results.
        var sqlite = db.Database.IsSqlite();
        var persons = people.Count == 0 ? "NULL" : string.Join(", ", people.Select(p => sqlite ? $"'{SalesData.SqliteBulkWriter.Upper(p)}'" : $"'{p}'"));
        var sql = $"""
            WITH RECURSIVE "Up"("Id") AS (
                SELECT "TeamId" FROM "TeamMembers" WHERE "PersonId" IN ({persons})
                UNION SELECT t."ParentTeamId" FROM "Teams" t JOIN "Up" u ON t."Id" = u."Id" WHERE t."ParentTeamId" IS NOT NULL)
            SELECT "KeyResultId" AS "Value" FROM "MetricBindings"
            WHERE "OwnerPersonId" IN ({persons}) OR "TeamId" IN (SELECT "Id" FROM "Up") OR ("OwnerPersonId" IS NULL AND "TeamId" IS NULL)
            """;
        var ids = await db.Database.SqlQueryRaw<Guid>(sql).ToListAsync(ct);
        return await BoundAsync(ids, ct);
    }

    private async Task<List<BoundKeyResult>> LoadBoundAsync(IQueryable<MetricBinding> bindings, CancellationToken ct)
    {
        var rows = await (from b in bindings
                          join k in db.KeyResults.AsNoTracking() on b.KeyResultId equals k.Id
                          join o in db.Objectives.AsNoTracking() on k.ObjectiveId equals o.Id
                          join c in db.Cycles.AsNoTracking() on o.CycleId equals c.Id
                          where k.State == KeyResultState.Active && o.Status != ObjectiveStatus.Archived && o.Status != ObjectiveStatus.Closed
                          select new { b, k, c.StartDate, c.EndDate }).ToListAsync(ct);
        return rows.Select(r => new BoundKeyResult(r.b, r.k, new DateRange(r.StartDate, r.EndDate))).ToList();
    }

    private async Task<int> RecomputeAsync(List<BoundKeyResult> bound, Dictionary<Guid, IReadOnlySet<Guid>?> owners,
        DateOnly? first, DateOnly? last, CancellationToken ct)
    {
        var day = today.Date;
        var targets = bound.SelectMany(b => b.Windows(day).Where(w => b.Affects(w.Window, first, last)).Select(w => (Bound: b, w.Window, w.Day))).ToList();
        if (targets.Count == 0) return 0;
        var values = await query.EvaluateAsync(
            targets.Select(t => new MetricRequest(t.Bound.Binding.Metric, t.Bound.Binding.Filter(owners[t.Bound.KeyResult.Id]), t.Window)).ToList(), ct);
        var latest = await LatestAsync(targets.Select(t => t.Bound.KeyResult.Id).Distinct().ToList(), ct);

        var checkIns = new List<CheckIn>();
        for (var i = 0; i < targets.Count; i++)
        {
            if (values[i] is not { } value) continue;
            var (b, window, date) = targets[i];
            var previous = latest.TryGetValue(b.KeyResult.Id, out var counted) ? LastIn(counted, window) : null;
            if (previous == value) continue;
            checkIns.Add(b.KeyResult.SystemCheckIn(date, value, today.Now));
        }
        await SystemCheckIns.WriteAsync(db, checkIns, ct);
        return checkIns.Select(c => c.KeyResultId).Distinct().Count();
    }

    /// <summary>The value of the last check-in of <paramref name="window"/>, from check-ins in the order they count.</summary>
    private static decimal? LastIn(List<(DateOnly Date, decimal Value)> checkIns, DateRange window)
    {
        // The last check-in on or before the window's end (binary search: a key result can have hundreds), if inside it.
        int low = 0, high = checkIns.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (checkIns[mid].Date <= window.End) { found = mid; low = mid + 1; }
            else high = mid - 1;
        }
        return found >= 0 && checkIns[found].Date >= window.Start ? checkIns[found].Value : null;
    }

    /// <summary>
    /// Each key result's counting check-ins in the order they count (by day, then by when recorded), read with a plain data
    /// reader in that order: a full recompute reads every check-in of every bound key result, hundreds of thousands of rows.
    /// </summary>
    private async Task<Dictionary<Guid, List<(DateOnly Date, decimal Value)>>> LatestAsync(List<Guid> ids, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        // Many key results: reading every bound key result's check-ins is cheaper than a long IN list.
        var which = ids.Count > 500
            ? "IN (SELECT \"KeyResultId\" FROM \"MetricBindings\")"
            : $"IN ({string.Join(", ", ids.Select(id => sqlite ? $"'{SalesData.SqliteBulkWriter.Upper(id)}'" : $"'{id}'"))})";
        var result = new Dictionary<Guid, List<(DateOnly, decimal)>>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (sqlite) ReadCheckIns($"""
                SELECT "KeyResultId", "Date", "Value", "CreatedAt", "Id" FROM "CheckIns" WHERE NOT "IsRetracted" AND "KeyResultId" {which}
                ORDER BY "KeyResultId", "Date"
                """, result);
            else
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                command.CommandText = $"""
                    SELECT "KeyResultId", "Date", "Value" FROM "CheckIns" WHERE NOT "IsRetracted" AND "KeyResultId" {which}
                    ORDER BY "KeyResultId", "Date", "CreatedAt", "Id"
                    """;
                await using var reader = await command.ExecuteReaderAsync(ct);
                List<(DateOnly, decimal)>? current = null;
                while (await reader.ReadAsync(ct))
                {
                    var id = reader.GetGuid(0);
                    if (!result.TryGetValue(id, out current)) result[id] = current = [];
                    current.Add((reader.GetFieldValue<DateOnly>(1), reader.GetDecimal(2)));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return result;
    }

    /// <summary>
    /// SQLite: the check-ins straight from their bytes, an id parsed once per key result. The (key result, day) index
    /// gives them in that order; of a day's check-ins only the last to count is kept (the latest recorded, then the
    /// greatest id, as <c>ORDER BY "CreatedAt", "Id"</c> would put it last), which is all <see cref="LastIn"/> reads —
    /// sorting the rest of the order in SQLite took a temporary B-tree over half a million rows.
    /// </summary>
    private void ReadCheckIns(string sql, Dictionary<Guid, List<(DateOnly Date, decimal Value)>> result)
    {
        using var rows = new SqliteRows(db.Database.GetDbConnection(), sql);
        byte[]? lastKeyResult = null;
        List<(DateOnly Date, decimal Value)> current = [];
        var lastCreated = 0L;
        var lastId = new byte[64];
        var lastIdLength = 0;
        void Keep(long created, ReadOnlySpan<byte> id)
        {
            if (id.Length > lastId.Length) lastId = new byte[id.Length];
            id.CopyTo(lastId);
            (lastCreated, lastIdLength) = (created, id.Length);
        }
        while (rows.Read())
        {
            var keyResult = rows.Bytes(0);
            var sameKeyResult = lastKeyResult is not null && keyResult.SequenceEqual(lastKeyResult);
            if (!sameKeyResult)
            {
                var id = SqliteRows.Id(keyResult);
                if (!result.TryGetValue(id, out current!)) result[id] = current = [];
                lastKeyResult = keyResult.ToArray();
            }
            var day = rows.Day(1);
            var created = rows.Int64(3);
            if (sameKeyResult && current.Count > 0 && current[^1].Date == day)
            {
                // A later check-in of the same day replaces the one kept.
                var checkInId = rows.Bytes(4);
                if (created < lastCreated || (created == lastCreated && checkInId.SequenceCompareTo(lastId.AsSpan(0, lastIdLength)) < 0)) continue;
                current[^1] = (day, rows.Decimal(2));
                Keep(created, checkInId);
                continue;
            }
            current.Add((day, rows.Decimal(2)));
            Keep(created, rows.Bytes(4));
        }
    }
}

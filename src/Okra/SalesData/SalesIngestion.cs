using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Common;
using Okra.Domain.Sales;
using Okra.Metrics;

namespace Okra.SalesData;

/// <summary>
/// Imports one batch of one record type, all or nothing: every row is parsed and validated first, and on any bad row the
/// report lists every rejected row and nothing is written. Otherwise the rows are upserted by external id in one
/// transaction, and the automatic key results the batch may have changed are recomputed.
/// </summary>
public sealed class SalesIngestion(OkraDbContext db, OrganisationSettings settings, AutomaticKeyResults automatic)
{
    public Task<IngestionReport> IngestAsync(SalesRecordType type, IReadOnlyList<RawRow> rows, CancellationToken ct) => IngestAsync(type, rows, false, ct);

    /// <summary>Imports <paramref name="rows"/>; with <paramref name="dryRun"/> every row is parsed and validated the same way but nothing is written.</summary>
    public async Task<IngestionReport> IngestAsync(SalesRecordType type, IReadOnlyList<RawRow> rows, bool dryRun, CancellationToken ct)
    {
        var context = await ParseContext.LoadAsync(db, settings, rows, ct);
        return type switch
        {
            SalesRecordType.Customers => await RunAsync(type, rows, context, RecordParsers.Customer, SalesTables.Customers, _ => null, _ => null, dryRun, ct),
            SalesRecordType.Deals => await RunAsync(type, rows, context, RecordParsers.Deal, SalesTables.Deals, d => d.OwnerPersonId, d => d.ClosedOn, dryRun, ct),
            SalesRecordType.SubscriptionMovements => await RunAsync(type, rows, context, RecordParsers.Movement, SalesTables.Movements, _ => null, m => m.Date, dryRun, ct),
            SalesRecordType.Activities => await RunAsync(type, rows, context, RecordParsers.Activity, SalesTables.Activities, a => a.OwnerPersonId, a => a.Date, dryRun, ct),
            SalesRecordType.SurveyAnswers => await RunAsync(type, rows, context, RecordParsers.SurveyAnswer, SalesTables.SurveyAnswers, _ => null, a => a.Date, dryRun, ct),
            SalesRecordType.Complaints => await RunAsync(type, rows, context, RecordParsers.Complaint, SalesTables.Complaints, c => c.OwnerPersonId, c => c.OpenedOn, dryRun, ct),
            _ => await RunAsync(type, rows, context, RecordParsers.Market, SalesTables.Markets, m => m.OwnerPersonId, m => m.IdentifiedOn, dryRun, ct),
        };
    }

    /// <summary>From this many rows the parse is split over the processor's cores.</summary>
    private const int ParallelRows = 50_000;

    /// <summary>
    /// On PostgreSQL a batch of more rows than this is parsed in parts of this many, the external ids of each part sent to
    /// the server while the next is parsed (see <see cref="PipelinedAsync{T}"/>).
    /// </summary>
    public const int PipelinedPartRows = 32_768;

    /// <summary>
    /// Parses every row, collecting each rejected one, in the rows' order. A large batch is parsed in as many consecutive
    /// slices as there are cores, at the same time (parsing a row reads the context and builds a record, nothing shared
    /// changes), and the slices are joined in order.
    /// </summary>
    public static (List<T> Records, List<RejectedRow> Rejected) Parse<T>(IReadOnlyList<RawRow> rows, ParseContext context, Func<RawRow, ParseContext, T> parse) =>
        Parse(rows, 0, rows.Count, rows.Count >= ParallelRows, context, parse);

    /// <summary>Parses rows <paramref name="from"/> to <paramref name="to"/> (exclusive), split over the cores when <paramref name="parallel"/>.</summary>
    private static (List<T> Records, List<RejectedRow> Rejected) Parse<T>(IReadOnlyList<RawRow> rows, int from, int to, bool parallel, ParseContext context, Func<RawRow, ParseContext, T> parse)
    {
        var slices = Math.Min(Environment.ProcessorCount, 8);
        if (!parallel || slices < 2) return Parse(rows, from, to, context, parse);
        var parts = new (List<T> Records, List<RejectedRow> Rejected)[slices];
        var count = to - from;
        try
        {
            Parallel.For(0, slices, slice => parts[slice] = Parse(rows, from + count * slice / slices, from + count * (slice + 1) / slices, context, parse));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // Not a rejected row (those are collected) but a fault: rethrown as the sequential parse would throw it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        var records = new List<T>(count);
        var rejected = new List<RejectedRow>();
        foreach (var part in parts)
        {
            records.AddRange(part.Records);
            rejected.AddRange(part.Rejected);
        }
        return (records, rejected);
    }

    private static (List<T> Records, List<RejectedRow> Rejected) Parse<T>(IReadOnlyList<RawRow> rows, int from, int to, ParseContext context, Func<RawRow, ParseContext, T> parse)
    {
        var records = new List<T>(to - from);
        var rejected = new List<RejectedRow>();
        for (var i = from; i < to; i++)
        {
            var row = rows[i];
            if (row.Fields.ContainsKey("$invalid"))
            {
                rejected.Add(new RejectedRow(row.Line, "line", "is not a JSON object."));
                continue;
            }
            try
            {
                records.Add(parse(row, context));
            }
            catch (DomainValidationException e)
            {
                rejected.Add(new RejectedRow(row.Line, row.ColumnOf(e.Field), e.Reason));
            }
        }
        return (records, rejected);
    }

    private async Task<IngestionReport> RunAsync<T>(SalesRecordType type, IReadOnlyList<RawRow> rows, ParseContext context,
        Func<RawRow, ParseContext, T> parse, SalesTable<T> table, Func<T, Guid?> ownerOf, Func<T, DateOnly?> dayOf, bool dryRun, CancellationToken ct)
    {
        var writer = BulkWriter.For(db);
        if (!dryRun && rows.Count > PipelinedPartRows && writer is PostgresBulkWriter postgres)
            return await PipelinedAsync(type, rows, context, parse, table, ownerOf, dayOf, postgres, ct);

        var (records, rejected) = Parse(rows, context, parse);
        if (rejected.Count > 0 || records.Count == 0) return new IngestionReport(type, rows.Count, 0, 0, rejected, 0, dryRun);
        if (dryRun) return new IngestionReport(type, rows.Count, 0, 0, [], 0, DryRun: true);

        WriteResult written;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            using var settings = writer.LargeBatch(records.Count);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            written = await writer.WriteAsync(table, records, transaction, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return await ReportAsync(type, rows.Count, records, written, ownerOf, dayOf, ct);
    }

    /// <summary>
    /// PostgreSQL, a large batch: the rows are parsed part after part on the thread pool while the parts already parsed go
    /// to the server by binary COPY (the rows themselves when the batch is new, otherwise their external ids, see
    /// <see cref="PostgresBulkWriter.StageKeysAsync{T}"/>), so that the parse overlaps the sending. Still all or nothing:
    /// the first rejected row cancels the sending, but every row is parsed (the report lists each bad one), and only a
    /// batch without any is merged and committed; otherwise the transaction is rolled back and nothing has reached the table.
    /// </summary>
    private async Task<IngestionReport> PipelinedAsync<T>(SalesRecordType type, IReadOnlyList<RawRow> rows, ParseContext context,
        Func<RawRow, ParseContext, T> parse, SalesTable<T> table, Func<T, Guid?> ownerOf, Func<T, DateOnly?> dayOf, PostgresBulkWriter writer, CancellationToken ct)
    {
        var records = new List<T>(rows.Count);
        var rejected = new List<RejectedRow>();
        WriteResult written;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            using var bad = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
            // Two parts in flight at most: one being sent, one parsed and waiting.
            var parts = Channel.CreateBounded<IReadOnlyList<T>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
            var parallel = rows.Count >= ParallelRows;
            var producer = Task.Run(async () =>
            {
                try
                {
                    for (var from = 0; from < rows.Count; from += PipelinedPartRows)
                    {
                        var (part, rejectedHere) = Parse(rows, from, Math.Min(rows.Count, from + PipelinedPartRows), parallel, context, parse);
                        records.AddRange(part);
                        rejected.AddRange(rejectedHere);
                        if (rejected.Count == 0) await parts.Writer.WriteAsync(part, stop.Token);
                        else bad.Cancel();
                    }
                    parts.Writer.Complete();
                }
                catch (Exception e)
                {
                    // The sending ends with the parse's fault (or the cancellation), which the staging then throws.
                    parts.Writer.Complete(e);
                    throw;
                }
            }, stop.Token);
            PostgresBulkWriter.StagedKeys? staged = null;
            try
            {
                staged = await writer.StageKeysAsync(table, parts.Reader.ReadAllAsync(bad.Token), rows.Count, transaction, bad.Token);
            }
            catch (OperationCanceledException) when (bad.IsCancellationRequested && !stop.IsCancellationRequested)
            {
                // A rejected row: the sending stopped, the parse goes on to report every bad row.
            }
            finally
            {
                // If the staging failed, the parse stops at its next part (after a rejected row it goes on to the end); either
                // way it has ended before the lists are read.
                if (!bad.IsCancellationRequested) stop.Cancel();
                await Task.WhenAny(producer);
            }
            await producer;
            if (rejected.Count > 0 || staged is null) return new IngestionReport(type, rows.Count, 0, 0, rejected, 0);
            written = await writer.MergeAsync(table, records, staged, transaction, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return await ReportAsync(type, rows.Count, records, written, ownerOf, dayOf, ct);
    }

    /// <summary>Updates the automatic key results a written batch may have changed and reports what was written.</summary>
    private async Task<IngestionReport> ReportAsync<T>(SalesRecordType type, int received, List<T> records, WriteResult written,
        Func<T, Guid?> ownerOf, Func<T, DateOnly?> dayOf, CancellationToken ct)
    {
        var updated = await automatic.UpdateAfterAsync(TouchedBy(type, records, written, ownerOf, dayOf), ct);
        return new IngestionReport(type, received, written.Inserted, written.Updated, [], updated);
    }

    private static Touched TouchedBy<T>(SalesRecordType type, List<T> records, WriteResult written, Func<T, Guid?> ownerOf, Func<T, DateOnly?> dayOf)
    {
        // Customers carry the owner, market and segment every other record is filtered by: any key result may change.
        if (type == SalesRecordType.Customers) return Touched.Everything(type);
        HashSet<Guid>? owners = [.. written.OldOwners];
        foreach (var record in records)
        {
            if (ownerOf(record) is { } owner) owners.Add(owner);
            else owners = null;
            if (owners is null) break;
        }
        var days = records.Select(dayOf).Where(d => d is not null).Select(d => d!.Value)
            .Concat(new[] { written.OldFirstDay, written.OldLastDay }.Where(d => d is not null).Select(d => d!.Value)).ToList();
        // A deal or complaint without a day of its own (an open deal) may still have moved out of a window: recompute every window.
        var undated = records.Any(r => dayOf(r) is null);
        return new Touched(type, owners, undated || days.Count == 0 ? null : days.Min(), undated || days.Count == 0 ? null : days.Max());
    }
}

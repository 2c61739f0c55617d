using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Cycles;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;
using Okra.Hosting;
using Okra.Metrics;
using Okra.Objectives;

namespace Okra.SalesData;

/// <summary>How many records of one type Okra holds, and the newest day among them.</summary>
public sealed record SalesTypeCount(SalesRecordType Type, int Count, DateOnly? Newest);

/// <summary>The sales data section's overview: counts per record type and whether the signed-in person may import.</summary>
public sealed record SalesOverview(IReadOnlyList<SalesTypeCount> Types, bool CanIngest);

/// <summary>A choice of a select: its value and what it shows.</summary>
public sealed record SalesChoice(Guid Id, string Name);

/// <summary>What the metric filters offer, and the current cycle (the default window).</summary>
public sealed record FilterChoices(IReadOnlyList<SalesChoice> People, IReadOnlyList<SalesChoice> Teams, IReadOnlyList<string> Markets,
    IReadOnlyList<string> Segments, DateRange? Cycle, DateOnly Today, bool CanIngest)
{
    /// <summary>The cycle so far (else the last 30 days): the window a metric is tried on.</summary>
    public DateRange Window => Cycle is { } c && c.Start <= Today ? new DateRange(c.Start, Today < c.End ? Today : c.End) : new DateRange(Today.AddDays(-29), Today);
}

/// <summary>One window of an automatic key result: its value and how many records make it up.</summary>
public sealed record WindowValue(DateOnly From, DateOnly To, decimal? Value, int Records);

/// <summary>An automatic key result's binding as its page shows it, with the value of each window so far.</summary>
public sealed record KeyResultSales(BindingResponse Binding, string? OwnerName, string? TeamName, IReadOnlyList<WindowValue> Windows, string? Currency);

/// <summary>The records behind a value, with their owners' names.</summary>
public sealed record DrillDownView(DrillDownResponse DrillDown, IReadOnlyDictionary<Guid, string> People, string? Currency);

/// <summary>One record and the automatic key results it feeds, with names for the people it names.</summary>
public sealed record RecordView(RecordResponse Record, IReadOnlyDictionary<Guid, string> People);

/// <summary>
/// Reads the sales data pages: the overview, the metric filters' choices, metric values and drill-downs through the same
/// handlers as the API (<see cref="MetricValues"/>, <see cref="BindMetric"/>, <see cref="RecordFeeds"/>), and an automatic key
/// result's windows in one load of the records.
/// </summary>
public sealed class SalesPageData(OkraDbContext db, Today today, OkrPageParts parts, MetricQuery query, AutomaticKeyResults automatic,
    SalesDataLoader loader, OrganisationSettings settings)
{
    public async Task<SalesOverview> OverviewAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = await parts.ActorAsync(user, ct);
        var types = new List<SalesTypeCount>
        {
            new(SalesRecordType.Customers, await db.Customers.CountAsync(ct), null),
            new(SalesRecordType.Deals, await db.Deals.CountAsync(ct), await db.Deals.MaxAsync(d => (DateOnly?)d.CreatedOn, ct)),
            new(SalesRecordType.SubscriptionMovements, await db.SubscriptionMovements.CountAsync(ct), await db.SubscriptionMovements.MaxAsync(m => (DateOnly?)m.Date, ct)),
            new(SalesRecordType.Activities, await db.Activities.CountAsync(ct), await db.Activities.MaxAsync(a => (DateOnly?)a.Date, ct)),
            new(SalesRecordType.SurveyAnswers, await db.SurveyAnswers.CountAsync(ct), await db.SurveyAnswers.MaxAsync(a => (DateOnly?)a.Date, ct)),
            new(SalesRecordType.Complaints, await db.Complaints.CountAsync(ct), await db.Complaints.MaxAsync(c => (DateOnly?)c.OpenedOn, ct)),
            new(SalesRecordType.Markets, await db.Markets.CountAsync(ct), await db.Markets.MaxAsync(m => (DateOnly?)m.IdentifiedOn, ct)),
        };
        return new SalesOverview(types, AccessRules.CanIngestSalesData(actor));
    }

    public async Task<FilterChoices> ChoicesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = await parts.ActorAsync(user, ct);
        var people = await db.People.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Name).Select(p => new SalesChoice(p.Id, p.Name)).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().Where(t => !t.IsArchived).OrderBy(t => t.Name).Select(t => new SalesChoice(t.Id, t.Name)).ToListAsync(ct);
        var markets = (await db.Customers.AsNoTracking().Where(c => c.Market != null).Select(c => c.Market!).Distinct().ToListAsync(ct))
            .Concat(await db.Deals.AsNoTracking().Where(d => d.Market != null).Select(d => d.Market!).Distinct().ToListAsync(ct))
            .Concat(await db.Markets.AsNoTracking().Select(m => m.ExternalId).ToListAsync(ct))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var segments = (await db.Customers.AsNoTracking().Where(c => c.Segment != null).Select(c => c.Segment!).Distinct().ToListAsync(ct))
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        var cycle = await CurrentCycle.FindAsync(db, today.Date, ct);
        return new FilterChoices(people, teams, markets, segments, cycle is null ? null : new DateRange(cycle.StartDate, cycle.EndDate), today.Date,
            AccessRules.CanIngestSalesData(actor));
    }

    /// <summary>A metric's values in a window or per week or month of it, as <c>GET /api/v1/metrics/values</c> answers.</summary>
    public async Task<MetricValuesResponse> ValuesAsync(MetricId metric, FilterQuery filter, DateRange window, string? period, CancellationToken ct)
    {
        var answer = await MetricValues.Handle(metric.ToString(), window.Start, window.End, period, filter, query, automatic, today, settings, ct);
        return ((Ok<MetricValuesResponse>)answer.Result).Value!;
    }

    /// <summary>The records behind a metric's value in a window, as <c>GET /api/v1/metrics/records</c> answers.</summary>
    public async Task<DrillDownView> DrillDownAsync(MetricId metric, FilterQuery filter, DateRange window, CancellationToken ct)
    {
        var answer = await MetricValues.Records(metric.ToString(), window.Start, window.End, filter, query, automatic, today, ct);
        return await WithPeopleAsync(answer.Value!, ct);
    }

    /// <summary>The records behind an automatic key result's value in the window holding <paramref name="date"/>, or null.</summary>
    public async Task<DrillDownView?> KeyResultDrillDownAsync(Guid keyResultId, DateOnly? date, CancellationToken ct) =>
        (await BindMetric.Records(keyResultId, date, db, today, automatic, query, ct)).Result is Ok<DrillDownResponse> { Value: { } value }
            ? await WithPeopleAsync(value, ct)
            : null;

    /// <summary>One record and the key results it feeds, or null when there is no such record.</summary>
    public async Task<RecordView?> RecordAsync(string? type, string? id, CancellationToken ct)
    {
        if ((await RecordFeeds.Handle(type, id, db, today, automatic, query, ct)).Result is not Ok<RecordResponse> { Value: { } record }) return null;
        var owners = record.Record.GetType().GetProperties().Where(p => p.PropertyType == typeof(Guid?) || (p.PropertyType == typeof(Guid) && p.Name != "Id"))
            .Select(p => p.GetValue(record.Record)).OfType<Guid>();
        return new RecordView(record, await parts.PeopleAsync(owners, ct));
    }

    /// <summary>The binding of a key result and the value and record count of each of its windows so far; null when not bound.</summary>
    public async Task<KeyResultSales?> KeyResultAsync(Guid keyResultId, CancellationToken ct)
    {
        if ((await automatic.BoundAsync([keyResultId], ct)).FirstOrDefault() is not { } bound) return null;
        var binding = BindingResponse.From(bound.Binding);
        var owners = (await automatic.OwnersAsync([bound], ct))[keyResultId];
        var filter = bound.Binding.Filter(owners);
        var windows = bound.Windows(today.Date).Select(w => w.Window).ToList();
        var values = new List<WindowValue>();
        if (windows.Count > 0)
        {
            // One load of the records for the whole cycle so far; each window is then evaluated in memory.
            var data = await loader.LoadAsync([bound.Binding.Metric], new DateRange(windows[0].Start, windows[^1].End), filter.Owners, ct);
            foreach (var w in windows)
            {
                var result = MetricEvaluator.Evaluate(bound.Binding.Metric, filter, w, data);
                values.Add(new WindowValue(w.Start, w.End, result.Value, result.Records.Count));
            }
        }
        var ownerName = binding.OwnerPersonId is { } o ? (await parts.PeopleAsync([o], ct)).GetValueOrDefault(o) : null;
        var teamName = binding.TeamId is { } t ? await db.Teams.AsNoTracking().Where(x => x.Id == t).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        return new KeyResultSales(binding, ownerName, teamName, values, await CurrencyAsync(binding.Unit, ct));
    }

    /// <summary>The kind of a key result (a milestone cannot be bound), or null when there is none.</summary>
    public async Task<KeyResultKind?> KindAsync(Guid keyResultId, CancellationToken ct) =>
        await db.KeyResults.AsNoTracking().Where(k => k.Id == keyResultId).Select(k => (KeyResultKind?)k.Kind).FirstOrDefaultAsync(ct);

    private async Task<DrillDownView> WithPeopleAsync(DrillDownResponse drillDown, CancellationToken ct) =>
        new(drillDown, await parts.PeopleAsync(drillDown.Records.Select(r => r.OwnerPersonId).OfType<Guid>(), ct), await CurrencyAsync(drillDown.Unit, ct));

    private async Task<string?> CurrencyAsync(MetricUnit unit, CancellationToken ct) =>
        unit == MetricUnit.Currency ? (await settings.ConverterAsync(ct)).OrganisationCurrency : null;
}

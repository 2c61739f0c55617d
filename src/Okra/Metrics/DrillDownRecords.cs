using System.Globalization;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;

namespace Okra.Metrics;

/// <summary>Describes the records behind a value from the data they were computed from.</summary>
internal static class DrillDownRecords
{
    public static List<DrillDownRecord> Of(MetricResult result, Domain.Metrics.SalesData data)
    {
        var deals = data.Deals.ToDictionary(d => d.ExternalId, StringComparer.Ordinal);
        var movements = data.Movements.ToDictionary(m => m.ExternalId, StringComparer.Ordinal);
        var activities = data.Activities.ToDictionary(a => a.ExternalId, StringComparer.Ordinal);
        var answers = data.SurveyAnswers.ToDictionary(a => a.ExternalId, StringComparer.Ordinal);
        var complaints = data.Complaints.ToDictionary(c => c.ExternalId, StringComparer.Ordinal);
        var markets = data.Markets.ToDictionary(m => m.ExternalId, StringComparer.Ordinal);
        return result.Records.Select(r => r.Type switch
        {
            SalesRecordType.Deals when deals[r.ExternalId] is var d =>
                new DrillDownRecord(r.Type, r.ExternalId, d.ClosedOn, $"{d.Name ?? d.ExternalId} · {d.Type} · {d.CustomerExternalId}", d.Amount, d.Currency, d.OwnerPersonId),
            SalesRecordType.SubscriptionMovements when movements[r.ExternalId] is var m =>
                new DrillDownRecord(r.Type, r.ExternalId, m.Date, $"{m.Kind} · {m.CustomerExternalId}", m.SignedAmount, m.Currency, data.CustomerOf(m.CustomerExternalId)?.OwnerPersonId),
            SalesRecordType.Activities when activities[r.ExternalId] is var a =>
                new DrillDownRecord(r.Type, r.ExternalId, a.Date, $"{a.Type} · {a.CustomerExternalId} · {a.Outcome}".TrimEnd(' ', '·'), null, null, a.OwnerPersonId),
            SalesRecordType.SurveyAnswers when answers[r.ExternalId] is var s =>
                new DrillDownRecord(r.Type, r.ExternalId, s.Date, $"{s.Score.ToString(CultureInfo.InvariantCulture)}/10 · {s.CustomerExternalId} · {s.Comment}".TrimEnd(' ', '·'), s.Score, null, null),
            SalesRecordType.Complaints when complaints[r.ExternalId] is var c =>
                new DrillDownRecord(r.Type, r.ExternalId, c.ResolvedOn ?? c.OpenedOn, $"{c.Severity} · {c.CustomerExternalId}", c.HandlingHours is { } h ? MetricEvaluator.Round(h) : null, null, c.OwnerPersonId),
            SalesRecordType.Markets when markets[r.ExternalId] is var k =>
                new DrillDownRecord(r.Type, r.ExternalId, k.IdentifiedOn, $"{k.Name} · {k.Status}", null, null, k.OwnerPersonId),
            _ => new DrillDownRecord(r.Type, r.ExternalId, null, r.ExternalId, null, null, null),
        }).ToList();
    }
}

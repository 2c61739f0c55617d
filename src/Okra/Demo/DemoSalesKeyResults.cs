using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Metrics;
using Okra.Domain.Progress;
using Okra.Domain.Sales;

namespace Okra.Demo;

/// <summary>
/// Makes the current quarter's key results automatic where a metric of the catalogue measures exactly what they say: MRR,
/// new customers a month, average customer value, NPS, complaint handling time (the weekly median), each seller's cold
/// calls a week, Eszter's sales meetings a month and the markets business development identified. The others ("monthly
/// meetings +30 %", win rate, partner agreements, leads handed over …) have no fitting metric and stay manual.
/// </summary>
internal static class DemoSalesKeyResults
{
    /// <summary>
    /// Binds those key results and gives their owners' check-ins (confidence and comment kept) the value the metric has
    /// on the check-in's day, so that the history agrees with the system check-ins computed afterwards.
    /// </summary>
    public static List<MetricBinding> Bind(DemoBuilder b, DemoStaff s, DemoCycles c, DemoSales sales, string currency, DateTimeOffset now)
    {
        var t = b.Texts;
        var current = b.Objectives.Where(o => o.CycleId == c.Current.Id).Select(o => o.Id).ToHashSet();
        var keyResults = b.KeyResults.Where(k => current.Contains(k.ObjectiveId)).ToList();
        KeyResult Find(string title) => keyResults.Single(k => k.Title == title);
        var bd = s.BusinessDevelopment.Members.Select(m => m.PersonId).ToHashSet();

        var planned = new List<(KeyResult KeyResult, MetricId Metric, Guid? Owner, bool Bd, ActivityType? Type)>
        {
            (Find(t.MrrKr), MetricId.Mrr, null, false, null),
            (Find(t.NewCustomersKr), MetricId.NewCustomers, null, false, null),
            (Find(t.CustomerValueKr), MetricId.AverageCustomerValue, null, false, null),
            (Find(t.NpsKr), MetricId.Nps, null, false, null),
            (Find(t.ComplaintsKr), MetricId.ComplaintHandlingMedian, null, false, null),
            (Find(t.MeetingsPersonalKr), MetricId.Activities, s.Eszter.Id, false, ActivityType.Meeting),
            (Find(t.NewMarketsKr), MetricId.MarketsIdentified, null, true, null),
        };
        foreach (var seller in new[] { s.Eszter, s.Gabor, s.Reka, s.Bence })
            planned.Add((Find($"{t.ColdCallsKr} – {seller.Name}"), MetricId.Activities, seller.Id, false, ActivityType.ColdCall));

        var data = sales.AsData(currency);
        var bindings = new List<MetricBinding>();
        foreach (var (keyResult, metric, owner, team, type) in planned)
        {
            var binding = new MetricBinding(keyResult, metric, owner, team ? s.BusinessDevelopment.Id : null, null, null, type, null, now);
            bindings.Add(binding);
            IReadOnlySet<Guid>? owners = owner is { } o ? new HashSet<Guid> { o } : team ? bd : null;
            Revalue(b, keyResult, c.Current.Dates, day => MetricEvaluator.Evaluate(metric, binding.Filter(owners), Window(keyResult, c.Current.Dates, day), data).Value);
        }
        return bindings;
    }

    /// <summary>The window a check-in of <paramref name="day"/> reports on: the cycle so far, or its week or month so far.</summary>
    private static DateRange Window(KeyResult keyResult, DateRange cycle, DateOnly day)
    {
        if (keyResult.Kind == KeyResultKind.Metric) return new DateRange(cycle.Start, day);
        var period = SubPeriod.Split(cycle, keyResult.Period ?? PeriodUnit.Week).First(p => p.Dates.Contains(day));
        return new DateRange(period.Dates.Start, day);
    }

    /// <summary>
    /// Replaces each owner check-in of <paramref name="keyResult"/> by one with the metric's value on its day, and the
    /// confidence and comment an owner would give at the pace that value means (progress against expected progress).
    /// </summary>
    private static void Revalue(DemoBuilder b, KeyResult keyResult, DateRange cycle, Func<DateOnly, decimal?> valueOn)
    {
        var measurements = new List<Measurement>();
        var indexes = Enumerable.Range(0, b.CheckIns.Count).Where(i => b.CheckIns[i].KeyResultId == keyResult.Id).ToList();
        foreach (var i in indexes)
        {
            var checkIn = b.CheckIns[i];
            // No data yet in that window (no answer, no resolved complaint): the owner had nothing to report.
            if (valueOn(checkIn.Date) is not { } value) continue;
            measurements.Add(new Measurement(checkIn.Date, value));
            var expected = Fraction.Expected(cycle, checkIn.Date);
            var progress = keyResult.Spec.Measure(measurements, cycle, checkIn.Date, []).Progress;
            var pace = expected > 0.05m ? Math.Clamp(progress / expected, 0m, 1.2m) : 1m;
            bool? met = keyResult.Spec is ThresholdSpec threshold ? threshold.IsMet(value) : null;
            var (comment, blockers) = met is { } m ? (b.Pick(m ? b.Texts.LimitMet : b.Texts.LimitBroken), null) : b.Note(pace);
            var confidence = met is { } kept ? (kept ? b.Between(7, 9) : b.Between(4, 6)) : b.Confidence(pace);
            b.CheckIns[i] = keyResult.CheckIn(checkIn.Date, value, confidence, comment, blockers,
                checkIn.AuthorId ?? keyResult.OwnerPersonId, cycle, b.Today, checkIn.CreatedAt);
        }
        // Dropped last, so that the indexes above stay valid.
        foreach (var i in indexes.OrderDescending().Where(i => b.CheckIns[i].KeyResultId == keyResult.Id && valueOn(b.CheckIns[i].Date) is null))
            b.CheckIns.RemoveAt(i);
    }
}

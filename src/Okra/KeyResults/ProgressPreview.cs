using Microsoft.Extensions.Localization;
using Okra.Components.Common;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;
using Okra.Objectives;

namespace Okra.KeyResults;

/// <summary>
/// How progress will be computed, in words, with a worked example from the domain's own <see cref="KeyResultSpec.Measure"/>
/// on a sample value: "Baseline 40 → target 60: a value of 50 will be 50%".
/// </summary>
public static class ProgressPreview
{
    public static string Describe(KeyResultSpec spec, KeyResultDraft draft, DateRange cycle, IStringLocalizer<OkrTexts> t)
    {
        string V(decimal value) => Value(value, draft, t);
        switch (spec)
        {
            case MetricSpec m:
                var sample = m.Baseline + (m.Target - m.Baseline) / 2m;
                var progress = m.Measure([new Measurement(cycle.Start, sample)], cycle, cycle.Start, []).Progress;
                return t["Preview_Metric", V(m.Baseline), V(m.Target), V(sample), Format.Percent(progress)];
            case RecurringSpec r:
                var periods = SubPeriod.Split(cycle, r.Period).Count;
                return t[r.Period == PeriodUnit.Week ? "Preview_RecurringWeeks" : "Preview_RecurringMonths", V(r.TargetPerPeriod), periods];
            case ThresholdSpec h:
                var limit = h.Comparison switch
                {
                    Comparison.AtMost => "≤ " + V(h.Limit),
                    Comparison.AtLeast => "≥ " + V(h.Limit),
                    _ => $"{V(h.Limit)} – {V(h.UpperLimit ?? h.Limit)}",
                };
                return t[h.Period == PeriodUnit.Week ? "Preview_ThresholdWeeks" : "Preview_ThresholdMonths", limit, SubPeriod.Split(cycle, h.Period).Count];
            case MilestoneSpec { Checklist: true } c:
                ChecklistItem[] items = [new(1m, true), new(1m, true), new(1m, true), new(1m, false), new(1m, false)];
                return t["Preview_Checklist", Format.Percent(c.Measure([], cycle, cycle.Start, items).Progress)];
            default:
                return t["Preview_Milestone"];
        }
    }

    private static string Value(decimal value, KeyResultDraft draft, IStringLocalizer<OkrTexts> t) => draft.Unit switch
    {
        KeyResultUnit.Currency => Format.Money(value, string.IsNullOrWhiteSpace(draft.Currency) ? "HUF" : draft.Currency),
        KeyResultUnit.Hours => t["Unit_HoursValue", Format.Number(value, 1)],
        KeyResultUnit.Percent => Format.Number(value, 1) + "%",
        _ => Format.Number(value),
    };
}

using Microsoft.Extensions.Localization;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Resources;
using Okra.Tree;

namespace Okra.Components.Common;

/// <summary>A key result's figures in words: "Now HUF 51,200,000 · target HUF 57,600,000", "20 per week · met 5 of 6 weeks".</summary>
public static class KeyResultFigures
{
    public static string Describe(KeyResultProgressResponse k, IStringLocalizer<SharedResource> l) => k.Kind switch
    {
        KeyResultKind.Metric => k.CurrentValue is { } now
            ? l["Figures_MetricNow", Value(now, k, l), Value(k.Target ?? 0m, k, l)]
            : l["Figures_MetricStart", Value(k.Baseline ?? 0m, k, l), Value(k.Target ?? 0m, k, l)],
        KeyResultKind.Recurring => Join(
            l[k.Period == PeriodUnit.Week ? "Figures_PerWeek" : "Figures_PerMonth", Value(k.TargetPerPeriod ?? 0m, k, l)],
            k.PeriodsElapsed is > 0 ? l[k.Period == PeriodUnit.Week ? "Figures_MetWeeks" : "Figures_MetMonths", k.PeriodsMet ?? 0, k.PeriodsElapsed].Value : null),
        KeyResultKind.Threshold => Join(
            Limit(k, l),
            k.CurrentValue is { } latest ? l["Figures_Latest", Value(latest, k, l)].Value : null),
        _ => k.Checklist
            ? l["Figures_Checklist", Format.Percent(k.Progress)]
            : l[k.Progress >= 1m ? "Figures_Done" : "Figures_NotDone"],
    };

    /// <summary>A value in the key result's unit: money in its currency, hours, percentages, plain numbers.</summary>
    public static string Value(decimal value, KeyResultProgressResponse k, IStringLocalizer<SharedResource> l) => k.Unit switch
    {
        KeyResultUnit.Currency => Format.Money(value, k.Currency ?? "HUF"),
        KeyResultUnit.Hours => l["Figures_Hours", Format.Number(value, 1)],
        KeyResultUnit.Percent => Format.Number(value, 1) + "%",
        _ => Format.Number(value),
    };

    private static string Limit(KeyResultProgressResponse k, IStringLocalizer<SharedResource> l) => k.Comparison switch
    {
        Comparison.AtMost => l["Figures_AtMost", Value(k.Limit ?? 0m, k, l)],
        Comparison.AtLeast => l["Figures_AtLeast", Value(k.Limit ?? 0m, k, l)],
        _ => l["Figures_Between", Value(k.Limit ?? 0m, k, l), Value(k.UpperLimit ?? 0m, k, l)],
    };

    private static string Join(string first, string? second) => second is null ? first : $"{first} · {second}";
}

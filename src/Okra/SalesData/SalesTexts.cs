using Microsoft.Extensions.Localization;
using Okra.Components.Common;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;

namespace Okra.SalesData;

/// <summary>
/// The texts of the sales data pages (overview, CSV import wizard, metric catalogue, drill-down, record page and the
/// key-result panel): <c>SalesTexts.resx</c> (English) and <c>SalesTexts.hu.resx</c> (Hungarian) beside this file.
/// </summary>
public sealed class SalesTexts;

/// <summary>Names of metrics, record types and enum values, and metric values, in the page's language.</summary>
public static class SalesLabels
{
    public static string Metric(this IStringLocalizer<SalesTexts> t, MetricId id) => t[$"Metric_{id}"];

    public static string Formula(this IStringLocalizer<SalesTexts> t, MetricId id) => t[$"Formula_{id}"];

    public static string Unit(this IStringLocalizer<SalesTexts> t, MetricUnit unit) => t[$"Unit_{unit}"];

    public static string RecordType(this IStringLocalizer<SalesTexts> t, SalesRecordType type) => t[$"Type_{type}"];

    public static string Activity(this IStringLocalizer<SalesTexts> t, ActivityType type) => t[$"Activity_{type}"];

    public static string Deal(this IStringLocalizer<SalesTexts> t, DealType type) => t[$"DealType_{type}"];

    /// <summary>An enum value of a record (a deal's status, a complaint's severity …) in the page's language, else as it is.</summary>
    public static string EnumValue(this IStringLocalizer<SalesTexts> t, Enum value)
    {
        var text = t[$"Enum_{value.GetType().Name}_{value}"];
        return text.ResourceNotFound ? value.ToString() : text.Value;
    }

    /// <summary>A metric value in its unit: money in the organisation's currency, a percentage, hours, a count; a dash when there is none.</summary>
    public static string Value(this IStringLocalizer<SalesTexts> t, decimal? value, MetricUnit unit, string? currency) => value switch
    {
        null => "—",
        { } v when unit == MetricUnit.Currency && currency is not null => Format.Money(v, currency),
        { } v when unit == MetricUnit.Percent => Format.Number(v, 1) + "%",
        { } v when unit == MetricUnit.Hours => t["Value_Hours", Format.Number(v, 1)],
        { } v => Format.Number(v, 1),
    };

    /// <summary>The binding's filters as a short sentence ("Owner: Eszter Szabó · Activity type: cold call"), or "no filter".</summary>
    public static string Filters(this IStringLocalizer<SalesTexts> t, string? owner, string? team, string? market, string? segment, ActivityType? activity, DealType? deal)
    {
        var parts = new List<string>();
        if (owner is not null) parts.Add($"{t["Filter_Owner"]}: {owner}");
        if (team is not null) parts.Add($"{t["Filter_Team"]}: {team}");
        if (market is not null) parts.Add($"{t["Filter_Market"]}: {market}");
        if (segment is not null) parts.Add($"{t["Filter_Segment"]}: {segment}");
        if (activity is { } a) parts.Add($"{t["Filter_ActivityType"]}: {t.Activity(a)}");
        if (deal is { } d) parts.Add($"{t["Filter_DealType"]}: {t.Deal(d)}");
        return parts.Count == 0 ? t["Filter_None"] : string.Join(" · ", parts);
    }
}

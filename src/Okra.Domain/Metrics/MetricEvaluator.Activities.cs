using Okra.Domain.Cycles;
using Okra.Domain.Sales;

namespace Okra.Domain.Metrics;

public static partial class MetricEvaluator
{
    /// <summary>True when <paramref name="activity"/> passes the filter (market and segment through its customer).</summary>
    public static bool Matches(Activity activity, MetricFilter filter, SalesData data, bool ignoreType = false)
    {
        if (!filter.OwnerMatches(activity.OwnerPersonId)) return false;
        if (!ignoreType && filter.ActivityType is { } type && activity.Type != type) return false;
        if (filter.Market is null && filter.Segment is null) return true;
        var customer = data.CustomerOf(activity.CustomerExternalId);
        return filter.MarketMatches(customer?.Market) && filter.SegmentMatches(customer?.Segment);
    }

    private static MetricResult Activities(MetricFilter filter, DateRange window, SalesData data)
    {
        var activities = data.Activities.Where(a => window.Contains(a.Date) && Matches(a, filter, data))
            .OrderBy(a => a.OccurredAt).ThenBy(a => a.ExternalId, StringComparer.Ordinal).ToList();
        return Result(activities.Count, Refs(activities, SalesRecordType.Activities, a => a.ExternalId));
    }

    private static MetricResult MeetingConversion(MetricFilter filter, DateRange window, SalesData data)
    {
        var meetings = data.Activities
            .Where(a => a.Type is ActivityType.Meeting or ActivityType.Demo && a.CustomerExternalId is not null
                        && window.Contains(a.Date) && Matches(a, filter, data, ignoreType: true))
            .OrderBy(a => a.OccurredAt).ThenBy(a => a.ExternalId, StringComparer.Ordinal).ToList();
        var firstMeeting = meetings.GroupBy(a => a.CustomerExternalId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(a => a.Date), StringComparer.Ordinal);
        var deals = WonDeals(filter, window, data, null)
            .Where(d => d.CustomerExternalId is { } c && firstMeeting.TryGetValue(c, out var met) && d.ClosedOn >= met).ToList();
        var converted = deals.Select(d => d.CustomerExternalId!).Distinct(StringComparer.Ordinal).Count();
        decimal? value = firstMeeting.Count == 0 ? null : Round(100m * converted / firstMeeting.Count);
        return Result(value, Refs(meetings, SalesRecordType.Activities, a => a.ExternalId).Concat(Refs(deals, SalesRecordType.Deals, d => d.ExternalId)));
    }
}

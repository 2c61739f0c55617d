using Okra.Domain.Sales;

namespace Okra.SalesData;

/// <summary>The record types by their URL and CLI names (<c>deals</c>, <c>subscription-movements</c> …).</summary>
public static class RecordTypes
{
    public static IReadOnlyDictionary<string, SalesRecordType> ByName { get; } = new Dictionary<string, SalesRecordType>(StringComparer.OrdinalIgnoreCase)
    {
        ["customers"] = SalesRecordType.Customers,
        ["deals"] = SalesRecordType.Deals,
        ["subscription-movements"] = SalesRecordType.SubscriptionMovements,
        ["activities"] = SalesRecordType.Activities,
        ["survey-answers"] = SalesRecordType.SurveyAnswers,
        ["complaints"] = SalesRecordType.Complaints,
        ["markets"] = SalesRecordType.Markets,
    };

    public static string NameOf(SalesRecordType type) => ByName.First(p => p.Value == type).Key;

    public static bool TryParse(string? name, out SalesRecordType type) => ByName.TryGetValue(name ?? "", out type);

    public static string Known => string.Join(", ", ByName.Keys);
}

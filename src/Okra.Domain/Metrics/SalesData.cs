using Okra.Domain.Sales;

namespace Okra.Domain.Metrics;

/// <summary>The sales records a metric is evaluated over, held in memory, and the currency converter for money.</summary>
public sealed class SalesData
{
    private readonly Dictionary<string, Customer> customers;

    /// <summary>Creates the set; any list may be empty.</summary>
    public SalesData(CurrencyConverter converter, IEnumerable<Customer>? customers = null, IEnumerable<Deal>? deals = null,
        IEnumerable<SubscriptionMovement>? movements = null, IEnumerable<Activity>? activities = null,
        IEnumerable<SurveyAnswer>? surveyAnswers = null, IEnumerable<Complaint>? complaints = null, IEnumerable<Market>? markets = null)
    {
        Converter = converter;
        this.customers = (customers ?? []).ToDictionary(c => c.ExternalId, StringComparer.Ordinal);
        Deals = [.. deals ?? []];
        Movements = [.. movements ?? []];
        Activities = [.. activities ?? []];
        SurveyAnswers = [.. surveyAnswers ?? []];
        Complaints = [.. complaints ?? []];
        Markets = [.. markets ?? []];
    }

    /// <summary>Converts money to the organisation's currency.</summary>
    public CurrencyConverter Converter { get; }

    /// <summary>Customers by external id.</summary>
    public IReadOnlyDictionary<string, Customer> Customers => customers;

    /// <summary>Deals.</summary>
    public IReadOnlyList<Deal> Deals { get; }

    /// <summary>Subscription movements.</summary>
    public IReadOnlyList<SubscriptionMovement> Movements { get; }

    /// <summary>Activities.</summary>
    public IReadOnlyList<Activity> Activities { get; }

    /// <summary>Survey answers.</summary>
    public IReadOnlyList<SurveyAnswer> SurveyAnswers { get; }

    /// <summary>Complaints.</summary>
    public IReadOnlyList<Complaint> Complaints { get; }

    /// <summary>Markets.</summary>
    public IReadOnlyList<Market> Markets { get; }

    /// <summary>The customer with <paramref name="externalId"/>, or null.</summary>
    public Customer? CustomerOf(string? externalId) =>
        externalId is not null && customers.TryGetValue(externalId, out var c) ? c : null;
}

/// <summary>A reference to one sales record, for drill-down.</summary>
/// <param name="Type">The record type.</param>
/// <param name="ExternalId">Its id in the source system.</param>
public readonly record struct SalesRecordRef(SalesRecordType Type, string ExternalId);

/// <summary>A metric's value in a window (null when it is undefined, e.g. NPS without answers) and the records behind it.</summary>
/// <param name="Value">The value.</param>
/// <param name="Records">The records that make it up.</param>
public sealed record MetricResult(decimal? Value, IReadOnlyList<SalesRecordRef> Records);

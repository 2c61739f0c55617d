namespace Okra.Domain.Metrics;

/// <summary>The metrics of the catalogue (<see cref="MetricCatalogue"/>).</summary>
public enum MetricId
{
    /// <summary>Customers whose first won new-business deal closed in the window.</summary>
    NewCustomers,

    /// <summary>Won deals closed in the window.</summary>
    DealsWon,

    /// <summary>Value of the won deals closed in the window.</summary>
    DealsWonValue,

    /// <summary>Monthly recurring revenue at the end of the window.</summary>
    Mrr,

    /// <summary>Change of MRR over the window, in percent.</summary>
    MrrGrowth,

    /// <summary>Net revenue retention over the window, in percent.</summary>
    NetRevenueRetention,

    /// <summary>Average value of a won deal.</summary>
    AverageDealValue,

    /// <summary>MRR per paying customer at the end of the window.</summary>
    AverageCustomerValue,

    /// <summary>Value of won new-business deals.</summary>
    NewCustomerRevenue,

    /// <summary>Value of won upsell deals.</summary>
    UpsellRevenue,

    /// <summary>Value of won cross-sell deals.</summary>
    CrossSellRevenue,

    /// <summary>Activities, of a type when filtered.</summary>
    Activities,

    /// <summary>Share of customers met in the window who signed a deal after the meeting.</summary>
    MeetingConversion,

    /// <summary>Net promoter score.</summary>
    Nps,

    /// <summary>Survey answers received.</summary>
    SurveyAnswers,

    /// <summary>Median hours to resolve a complaint.</summary>
    ComplaintHandlingMedian,

    /// <summary>Mean hours to resolve a complaint.</summary>
    ComplaintHandlingMean,

    /// <summary>90th percentile of the hours to resolve a complaint.</summary>
    ComplaintHandlingP90,

    /// <summary>Complaints still open at the end of the window.</summary>
    OpenComplaints,

    /// <summary>Markets identified in the window.</summary>
    MarketsIdentified,

    /// <summary>Markets validated in the window.</summary>
    MarketsValidated,

    /// <summary>Won deal value in markets business development identified.</summary>
    BdMarketRevenue,
}

/// <summary>What a metric's value counts.</summary>
public enum MetricUnit
{
    /// <summary>A number of records.</summary>
    Count,

    /// <summary>Money in the organisation's currency.</summary>
    Currency,

    /// <summary>A percentage, as the number shown (12.5 for 12.5 %).</summary>
    Percent,

    /// <summary>Hours.</summary>
    Hours,

    /// <summary>A score from −100 to 100.</summary>
    Score,
}

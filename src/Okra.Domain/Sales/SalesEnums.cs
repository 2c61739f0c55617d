namespace Okra.Domain.Sales;

/// <summary>The kinds of sales records Okra ingests.</summary>
public enum SalesRecordType
{
    /// <summary>Customers (accounts).</summary>
    Customers,

    /// <summary>Deals (opportunities).</summary>
    Deals,

    /// <summary>Subscription (MRR) movements.</summary>
    SubscriptionMovements,

    /// <summary>Calls, cold calls, meetings, demos and e-mails.</summary>
    Activities,

    /// <summary>NPS survey answers.</summary>
    SurveyAnswers,

    /// <summary>Customer complaints (tickets).</summary>
    Complaints,

    /// <summary>Markets found by business development.</summary>
    Markets,
}

/// <summary>Where a deal stands.</summary>
public enum DealStatus
{
    /// <summary>Still being worked on.</summary>
    Open,

    /// <summary>Signed.</summary>
    Won,

    /// <summary>Lost or abandoned.</summary>
    Lost,
}

/// <summary>What a deal sells.</summary>
public enum DealType
{
    /// <summary>A first sale to a new customer.</summary>
    New,

    /// <summary>More of what an existing customer already buys.</summary>
    Upsell,

    /// <summary>Another product to an existing customer.</summary>
    CrossSell,
}

/// <summary>How a subscription movement changes monthly recurring revenue.</summary>
public enum MovementKind
{
    /// <summary>A new subscription: adds MRR.</summary>
    New,

    /// <summary>An existing customer pays more: adds MRR.</summary>
    Expansion,

    /// <summary>An existing customer pays less: removes MRR.</summary>
    Contraction,

    /// <summary>A customer leaves: removes MRR.</summary>
    Churn,
}

/// <summary>What a seller did.</summary>
public enum ActivityType
{
    /// <summary>A call to a known contact.</summary>
    Call,

    /// <summary>A call to someone who did not expect it.</summary>
    ColdCall,

    /// <summary>A sales meeting.</summary>
    Meeting,

    /// <summary>A product demonstration.</summary>
    Demo,

    /// <summary>An e-mail.</summary>
    Email,
}

/// <summary>How bad a complaint is.</summary>
public enum ComplaintSeverity
{
    /// <summary>An annoyance.</summary>
    Low,

    /// <summary>Something does not work as promised.</summary>
    Medium,

    /// <summary>The customer cannot work.</summary>
    High,

    /// <summary>The customer threatens to leave.</summary>
    Critical,
}

/// <summary>How far business development has taken a market.</summary>
public enum MarketStatus
{
    /// <summary>Found and described.</summary>
    Identified,

    /// <summary>Demand confirmed.</summary>
    Validated,

    /// <summary>Sales started.</summary>
    Launched,
}

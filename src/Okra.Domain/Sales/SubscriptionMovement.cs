namespace Okra.Domain.Sales;

/// <summary>A change of a customer's monthly recurring revenue: new, expansion, contraction or churn.</summary>
public sealed class SubscriptionMovement
{
    private SubscriptionMovement() { }

    /// <summary>Creates a movement; the amount is the size of the change, never negative.</summary>
    public SubscriptionMovement(string externalId, string customerExternalId, DateOnly date, MovementKind kind, decimal amount, string currency)
    {
        Id = Common.Uuid7.NewGuid();
        ExternalId = SalesGuard.ExternalId(externalId);
        CustomerExternalId = Common.Guard.Text(customerExternalId, "customer", 100);
        Date = date;
        Kind = Common.Guard.Defined(kind, "kind");
        Amount = SalesGuard.Amount(amount);
        Currency = SalesGuard.Currency(currency);
    }

    /// <summary>Identity in Okra.</summary>
    public Guid Id { get; private set; }

    /// <summary>The id in the source system.</summary>
    public string ExternalId { get; private set; } = "";

    /// <summary>The customer's external id.</summary>
    public string CustomerExternalId { get; private set; } = "";

    /// <summary>The day the change takes effect.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>New, expansion, contraction or churn.</summary>
    public MovementKind Kind { get; private set; }

    /// <summary>The size of the change of MRR in <see cref="Currency"/>.</summary>
    public decimal Amount { get; private set; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; private set; } = "HUF";

    /// <summary>The change with its sign: positive for new and expansion, negative for contraction and churn.</summary>
    public decimal SignedAmount => Kind is MovementKind.New or MovementKind.Expansion ? Amount : -Amount;
}

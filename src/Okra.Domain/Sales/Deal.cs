namespace Okra.Domain.Sales;

/// <summary>A deal (opportunity): amount, stage, dates, outcome, owner, type, source team and market.</summary>
public sealed class Deal
{
    private Deal() { }

    /// <summary>Creates a deal; a won or lost deal needs its close date, an open one has none.</summary>
    public Deal(string externalId, string? name, string? customerExternalId, decimal amount, string currency, string? stage,
        DateOnly createdOn, DateOnly? closedOn, DealStatus status, Guid? ownerPersonId, DealType type, Guid? sourceTeamId, string? market)
    {
        Id = Common.Uuid7.NewGuid();
        ExternalId = SalesGuard.ExternalId(externalId);
        Name = Common.Guard.OptionalText(name, "name", 200);
        CustomerExternalId = SalesGuard.Code(customerExternalId, "customer");
        Amount = SalesGuard.Amount(amount);
        Currency = SalesGuard.Currency(currency);
        Stage = Common.Guard.OptionalText(stage, "stage", 100);
        Status = Common.Guard.Defined(status, "status");
        Type = Common.Guard.Defined(type, "type");
        if (status != DealStatus.Open && closedOn is null)
            throw new Common.DomainValidationException("closedOn", "is required for a won or lost deal.");
        if (closedOn is { } closed && closed < createdOn)
            throw new Common.DomainValidationException("closedOn", "must not be before the deal was created.");
        CreatedOn = createdOn;
        ClosedOn = status == DealStatus.Open ? null : closedOn;
        OwnerPersonId = ownerPersonId;
        SourceTeamId = sourceTeamId;
        Market = SalesGuard.Code(market, "market");
    }

    /// <summary>Identity in Okra.</summary>
    public Guid Id { get; private set; }

    /// <summary>The id in the source system.</summary>
    public string ExternalId { get; private set; } = "";

    /// <summary>The deal's name.</summary>
    public string? Name { get; private set; }

    /// <summary>The customer's external id.</summary>
    public string? CustomerExternalId { get; private set; }

    /// <summary>The amount in <see cref="Currency"/>, never negative.</summary>
    public decimal Amount { get; private set; }

    /// <summary>ISO 4217 code of the amount.</summary>
    public string Currency { get; private set; } = "HUF";

    /// <summary>The pipeline stage as the CRM names it.</summary>
    public string? Stage { get; private set; }

    /// <summary>When the deal was opened.</summary>
    public DateOnly CreatedOn { get; private set; }

    /// <summary>When it was won or lost; null while open.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Open, won or lost.</summary>
    public DealStatus Status { get; private set; }

    /// <summary>The seller.</summary>
    public Guid? OwnerPersonId { get; private set; }

    /// <summary>New business, upsell or cross-sell.</summary>
    public DealType Type { get; private set; }

    /// <summary>The team that sourced it, e.g. business development.</summary>
    public Guid? SourceTeamId { get; private set; }

    /// <summary>The market code; when empty, the customer's market counts.</summary>
    public string? Market { get; private set; }

    /// <summary>True for a won deal closed in <paramref name="window"/>.</summary>
    public bool IsWonIn(Cycles.DateRange window) => Status == DealStatus.Won && ClosedOn is { } d && window.Contains(d);
}

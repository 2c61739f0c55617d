namespace Okra.Domain.Sales;

/// <summary>A customer (account) from the CRM, with the segment, market and owner that metrics filter by.</summary>
public sealed class Customer
{
    private Customer() { }

    /// <summary>Creates a customer; every argument is validated.</summary>
    public Customer(string externalId, string name, string? segment, string? market, Guid? ownerPersonId)
    {
        Id = Common.Uuid7.NewGuid();
        ExternalId = SalesGuard.ExternalId(externalId);
        Name = Common.Guard.Text(name, "name");
        Segment = SalesGuard.Code(segment, "segment");
        Market = SalesGuard.Code(market, "market");
        OwnerPersonId = ownerPersonId;
    }

    /// <summary>Identity in Okra.</summary>
    public Guid Id { get; private set; }

    /// <summary>The id in the source system; sending it again updates the customer.</summary>
    public string ExternalId { get; private set; } = "";

    /// <summary>Company name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>E.g. SMB, mid-market, enterprise.</summary>
    public string? Segment { get; private set; }

    /// <summary>The market code (a <see cref="Market.ExternalId"/> when business development found it).</summary>
    public string? Market { get; private set; }

    /// <summary>The account owner.</summary>
    public Guid? OwnerPersonId { get; private set; }
}

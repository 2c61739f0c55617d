namespace Okra.Domain.Sales;

/// <summary>A market found by business development: identified, then validated, then launched.</summary>
public sealed class Market
{
    private Market() { }

    /// <summary>Creates a market; its status needs the dates that lead to it, in order.</summary>
    public Market(string externalId, string name, Guid? ownerPersonId, MarketStatus status,
        DateOnly identifiedOn, DateOnly? validatedOn, DateOnly? launchedOn)
    {
        Id = Common.Uuid7.NewGuid();
        ExternalId = SalesGuard.ExternalId(externalId);
        Name = Common.Guard.Text(name, "name");
        OwnerPersonId = ownerPersonId;
        Status = Common.Guard.Defined(status, "status");
        if (status >= MarketStatus.Validated && validatedOn is null)
            throw new Common.DomainValidationException("validatedOn", "is required for a validated or launched market.");
        if (status == MarketStatus.Launched && launchedOn is null)
            throw new Common.DomainValidationException("launchedOn", "is required for a launched market.");
        if (validatedOn < identifiedOn) throw new Common.DomainValidationException("validatedOn", "must not be before the market was identified.");
        if (launchedOn < (validatedOn ?? identifiedOn)) throw new Common.DomainValidationException("launchedOn", "must not be before the market was validated.");
        IdentifiedOn = identifiedOn;
        ValidatedOn = status >= MarketStatus.Validated ? validatedOn : null;
        LaunchedOn = status == MarketStatus.Launched ? launchedOn : null;
    }

    /// <summary>Identity in Okra.</summary>
    public Guid Id { get; private set; }

    /// <summary>The market code, which customers and deals name in their market field.</summary>
    public string ExternalId { get; private set; } = "";

    /// <summary>E.g. "Poland – logistics SMEs".</summary>
    public string Name { get; private set; } = "";

    /// <summary>Who found it.</summary>
    public Guid? OwnerPersonId { get; private set; }

    /// <summary>Identified, validated or launched.</summary>
    public MarketStatus Status { get; private set; }

    /// <summary>When it was identified.</summary>
    public DateOnly IdentifiedOn { get; private set; }

    /// <summary>When demand was confirmed.</summary>
    public DateOnly? ValidatedOn { get; private set; }

    /// <summary>When sales started.</summary>
    public DateOnly? LaunchedOn { get; private set; }
}

using Okra.Domain.Sales;
using static Okra.SalesData.ValueParsing;

namespace Okra.SalesData;

/// <summary>Turns a <see cref="RawRow"/> into a validated sales record, one parser per record type; field names are the API's.</summary>
public static class RecordParsers
{
    private static readonly Dictionary<string, DealStatus> DealStatuses = Names(
        ("closedwon", DealStatus.Won), ("closed won", DealStatus.Won), ("closedlost", DealStatus.Lost), ("closed lost", DealStatus.Lost),
        ("nyert", DealStatus.Won), ("elvesztett", DealStatus.Lost), ("nyitott", DealStatus.Open));

    private static readonly Dictionary<string, DealType> DealTypes = Names(
        ("newbusiness", DealType.New), ("new customer", DealType.New), ("existingbusiness", DealType.Upsell),
        ("existing customer - upgrade", DealType.Upsell), ("upgrade", DealType.Upsell), ("cross sell", DealType.CrossSell),
        ("existing customer - cross-sell", DealType.CrossSell), ("új", DealType.New));

    private static readonly Dictionary<string, ActivityType> ActivityTypes = Names(
        ("phone", ActivityType.Call), ("cold", ActivityType.ColdCall), ("hideghívás", ActivityType.ColdCall), ("hívás", ActivityType.Call),
        ("mail", ActivityType.Email), ("e-mail", ActivityType.Email), ("találkozó", ActivityType.Meeting), ("lunch", ActivityType.Meeting));

    private static readonly Dictionary<string, MovementKind> MovementKinds = Names(("upgrade", MovementKind.Expansion), ("downgrade", MovementKind.Contraction), ("cancel", MovementKind.Churn));
    private static readonly Dictionary<string, ComplaintSeverity> Severities = Names(("urgent", ComplaintSeverity.Critical), ("normal", ComplaintSeverity.Medium));
    private static readonly Dictionary<string, MarketStatus> MarketStatuses = Names<MarketStatus>();

    /// <summary>The fields each record type reads, for the CSV mapping and the API reference.</summary>
    public static IReadOnlyDictionary<SalesRecordType, string[]> Fields { get; } = new Dictionary<SalesRecordType, string[]>
    {
        [SalesRecordType.Customers] = ["id", "name", "segment", "market", "owner"],
        [SalesRecordType.Deals] = ["id", "name", "customer", "amount", "currency", "stage", "createdOn", "closedOn", "status", "owner", "type", "sourceTeam", "market"],
        [SalesRecordType.SubscriptionMovements] = ["id", "customer", "date", "kind", "amount", "currency"],
        [SalesRecordType.Activities] = ["id", "type", "owner", "at", "customer", "outcome"],
        [SalesRecordType.SurveyAnswers] = ["id", "customer", "at", "score", "comment"],
        [SalesRecordType.Complaints] = ["id", "customer", "openedAt", "firstResponseAt", "resolvedAt", "severity", "owner"],
        [SalesRecordType.Markets] = ["id", "name", "owner", "status", "identifiedOn", "validatedOn", "launchedOn"],
    };

    public static Customer Customer(RawRow r, ParseContext c) =>
        new(Required(r, "id"), r["name"] ?? r["id"]!, r["segment"], r["market"], c.Person(r["owner"], "owner"));

    public static Deal Deal(RawRow r, ParseContext c)
    {
        var id = Required(r, "id");
        var amount = Number(Required(r, "amount"), "amount");
        var currency = c.Currency(r["currency"], "currency");
        var status = r["status"] is { } s ? Enum(s, "status", DealStatuses) : DealStatus.Open;
        var createdOn = Date(Required(r, "createdOn"), "createdOn", c.Zone);
        DateOnly? closedOn = r["closedOn"] is { } closed ? Date(closed, "closedOn", c.Zone) : null;
        var type = r["type"] is { } t ? Enum(t, "type", DealTypes) : DealType.New;
        return new Deal(id, r["name"], r["customer"], amount, currency, r["stage"], createdOn, closedOn, status,
            c.Person(r["owner"], "owner"), type, c.Team(r["sourceTeam"], "sourceTeam"), r["market"]);
    }

    public static SubscriptionMovement Movement(RawRow r, ParseContext c) =>
        new(Required(r, "id"), Required(r, "customer"), Date(Required(r, "date"), "date", c.Zone), Enum(Required(r, "kind"), "kind", MovementKinds),
            Number(Required(r, "amount"), "amount"), c.Currency(r["currency"], "currency"));

    public static Activity Activity(RawRow r, ParseContext c)
    {
        var id = Required(r, "id");
        var type = Enum(Required(r, "type"), "type", ActivityTypes);
        var owner = c.Person(Required(r, "owner"), "owner")!.Value;
        var (at, day) = Instant(Required(r, "at"), "at", c.Zone);
        return new Activity(id, type, owner, at, day, r["customer"], r["outcome"]);
    }

    public static SurveyAnswer SurveyAnswer(RawRow r, ParseContext c)
    {
        var id = Required(r, "id");
        var (at, day) = Instant(Required(r, "at"), "at", c.Zone);
        return new SurveyAnswer(id, r["customer"], at, day, WholeNumber(Required(r, "score"), "score"), r["comment"]);
    }

    public static Complaint Complaint(RawRow r, ParseContext c)
    {
        var id = Required(r, "id");
        var (opened, openedOn) = Instant(Required(r, "openedAt"), "openedAt", c.Zone);
        (DateTime Utc, DateOnly Day)? response = r["firstResponseAt"] is { } f ? Instant(f, "firstResponseAt", c.Zone) : null;
        (DateTime Utc, DateOnly Day)? resolved = r["resolvedAt"] is { } x ? Instant(x, "resolvedAt", c.Zone) : null;
        var severity = r["severity"] is { } s ? Enum(s, "severity", Severities) : ComplaintSeverity.Medium;
        return new Complaint(id, r["customer"], opened, openedOn, response?.Utc, resolved?.Utc, resolved?.Day, severity, c.Person(r["owner"], "owner"));
    }

    public static Market Market(RawRow r, ParseContext c)
    {
        DateOnly? Day(string field) => r[field] is { } v ? Date(v, field, c.Zone) : null;
        var status = r["status"] is { } s ? Enum(s, "status", MarketStatuses) : MarketStatus.Identified;
        return new Market(Required(r, "id"), r["name"] ?? r["id"]!, c.Person(r["owner"], "owner"), status,
            Day("identifiedOn") ?? throw new Domain.Common.DomainValidationException("identifiedOn", "is required."), Day("validatedOn"), Day("launchedOn"));
    }

    private static string Required(RawRow row, string field) =>
        row[field] ?? throw new Domain.Common.DomainValidationException(field, field == "id" ? "is missing: every record needs its id." : "is required.");
}

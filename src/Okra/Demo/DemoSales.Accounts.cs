using Okra.Domain.People;
using Okra.Domain.Sales;
using static System.FormattableString;

namespace Okra.Demo;

internal sealed partial class DemoSales
{
    private const string Smb = "SMB", MidMarket = "Mid-market", Enterprise = "Enterprise";

    /// <summary>A customer's subscription as the generator tracks it: MRR in the customer's currency.</summary>
    private sealed record Account(Customer Customer, string Currency)
    {
        public decimal Mrr { get; set; }
    }

    private readonly List<Account> paying = [];
    private readonly List<Customer> prospects = [];

    private Person[] Sellers => [staff.Eszter, staff.Gabor, staff.Reka];

    /// <summary>150 paying customers (their MRR started before the quarter), 200 prospects, and the quarter's deals.</summary>
    private void Accounts()
    {
        var opening = new List<(Account Account, double Mrr, DateOnly Since)>();
        for (var i = 1; i <= 150; i++)
        {
            var segment = Segment(0.55, 0.35);
            var market = random.NextDouble() switch { < 0.70 => "HU", < 0.82 => "AT", < 0.92 => "SK", _ => "CZ" };
            var owner = segment == Enterprise && Chance(0.4) ? staff.Peter : Pick(Sellers);
            var account = NewAccount(Invariant($"C-{1000 + i}"), segment, market, owner);
            opening.Add((account, MonthlyValue(segment, 120_000, 380_000, 1_200_000), quarter.Start.AddDays(-random.Next(30, 700))));
        }
        // Scaled so that MRR at the quarter's start is the HUF 48 M the MRR key result starts from.
        var scale = 48_000_000 / opening.Sum(o => o.Mrr);
        foreach (var (account, mrr, since) in opening) Move(account, MovementKind.New, Money(account, Thousands(mrr * scale)), since, null);

        for (var i = 1; i <= 200; i++)
        {
            var customer = new Customer(Invariant($"P-{3000 + i}"), CompanyName(Home()), Segment(0.7, 0.25), Home(), Pick(Sellers).Id);
            Customers.Add(customer);
            prospects.Add(customer);
        }
    }

    /// <summary>Won new customers, lost and open deals, upsells, cross-sells, contractions and churn, day by day.</summary>
    private void Pipeline()
    {
        var next = 2000;
        foreach (var day in WorkDays())
        {
            // "50 new customers a month" (about 2.3 a working day) at the planned pace of 97 % rising to 102 %.
            for (var n = Poisson(2.3 * Along(0.97, 1.02, day)); n > 0; n--) WinNewCustomer(++next, day);
            for (var n = Poisson(5.5); n > 0; n--) LoseDeal(day);
            if (Chance(0.4)) Expand(day);
            if (Chance(0.06)) Shrink(day, MovementKind.Churn);
            if (Chance(0.05)) Shrink(day, MovementKind.Contraction);
        }
        foreach (var _ in Enumerable.Range(0, 45)) OpenDeal();
    }

    private void WinNewCustomer(int number, DateOnly day)
    {
        var launched = Markets.Where(m => m.ExternalId is "PL" or "RO" && m.IdentifiedOn < day).Select(m => m.ExternalId).ToList();
        var fromBd = launched.Count > 0 && Chance(0.12);
        var market = fromBd ? Pick(launched) : random.NextDouble() switch { < 0.76 => "HU", < 0.86 => "AT", < 0.94 => "SK", _ => "CZ" };
        var segment = Segment(0.75, 0.22);
        var account = NewAccount(Invariant($"C-{number}"), segment, market, fromBd ? staff.Eszter : Pick(Sellers));
        var mrr = Thousands(MonthlyValue(segment, 30_000, 95_000, 350_000));
        var amount = Money(account, mrr * 12m);
        var deal = Deal(account.Customer, DealType.New, amount, account.Currency, day, fromBd ? staff.BusinessDevelopment.Id : null, texts.NewDeal);
        Move(account, MovementKind.New, Money(account, mrr), day, deal.ExternalId);
    }

    private void LoseDeal(DateOnly day)
    {
        var prospect = Pick(prospects);
        var amount = Thousands(MonthlyValue(prospect.Segment!, 30_000, 95_000, 350_000) * 12);
        AddDeal(new Deal(Invariant($"D-{Deals.Count + 1}"), $"{prospect.Name} – {texts.NewDeal}", prospect.ExternalId, amount, "HUF", "Closed lost",
            day.AddDays(-random.Next(10, 60)), day, DealStatus.Lost, prospect.OwnerPersonId, DealType.New, null, null));
    }

    private void OpenDeal()
    {
        var prospect = Pick(prospects);
        var amount = Thousands(MonthlyValue(prospect.Segment!, 30_000, 95_000, 350_000) * 12);
        AddDeal(new Deal(Invariant($"D-{Deals.Count + 1}"), $"{prospect.Name} – {texts.NewDeal}", prospect.ExternalId, amount, "HUF",
            Pick(["Qualification", "Proposal", "Negotiation"]), Until.AddDays(-random.Next(0, 45)), null, DealStatus.Open,
            prospect.OwnerPersonId, DealType.New, null, null));
    }

    /// <summary>An upsell or cross-sell: 10–25 % more MRR from a paying customer.</summary>
    private void Expand(DateOnly day)
    {
        var account = Pick(paying.Where(a => a.Mrr > 0m && a.Customer.OwnerPersonId is not null).ToList());
        var type = Chance(0.6) ? DealType.Upsell : DealType.CrossSell;
        var share = (decimal)(0.10 + 0.15 * random.NextDouble());
        var more = account.Currency == "EUR" ? Math.Max(1m, Math.Round(account.Mrr * share)) : Math.Max(1000m, Thousands((double)(account.Mrr * share)));
        var deal = Deal(account.Customer, type, more * 12m, account.Currency, day, null, type == DealType.Upsell ? texts.UpsellDeal : texts.CrossSellDeal);
        Move(account, MovementKind.Expansion, more, day, deal.ExternalId);
    }

    /// <summary>A customer leaves (all of its MRR) or cuts back (a fifth of it); small and mid-sized customers only.</summary>
    private void Shrink(DateOnly day, MovementKind kind)
    {
        var account = Pick(paying.Where(a => a.Mrr > 0m && a.Customer.Segment != Enterprise).ToList());
        Move(account, kind, kind == MovementKind.Churn ? account.Mrr : Math.Max(1m, Math.Round(account.Mrr / 5m)), day, null);
    }

    private Account NewAccount(string id, string segment, string market, Person owner)
    {
        var customer = new Customer(id, CompanyName(market), segment, market, owner.Id);
        Customers.Add(customer);
        var account = new Account(customer, market == "AT" ? "EUR" : "HUF");
        paying.Add(account);
        return account;
    }

    private Deal Deal(Customer customer, DealType type, decimal amount, string currency, DateOnly closed, Guid? sourceTeam, string what) =>
        AddDeal(new Deal(Invariant($"D-{Deals.Count + 1}"), $"{customer.Name} – {what}", customer.ExternalId, amount, currency, "Closed won",
            closed.AddDays(-random.Next(10, 60)), closed, DealStatus.Won, customer.OwnerPersonId, type, sourceTeam,
            customer.Market is "PL" or "RO" ? customer.Market : null));

    private Deal AddDeal(Deal deal)
    {
        Deals.Add(deal);
        return deal;
    }

    private void Move(Account account, MovementKind kind, decimal amount, DateOnly day, string? dealId)
    {
        Movements.Add(new SubscriptionMovement(dealId is null ? Invariant($"M-{Movements.Count + 1}") : "M-" + dealId,
            account.Customer.ExternalId, day, kind, amount, account.Currency));
        account.Mrr += kind is MovementKind.New or MovementKind.Expansion ? amount : -amount;
    }

    /// <summary>A HUF amount in the account's currency (euro amounts rounded to whole euros).</summary>
    private static decimal Money(Account account, decimal huf) =>
        account.Currency == "EUR" ? Math.Max(1m, Math.Round(huf / EurRate, MidpointRounding.AwayFromZero)) : huf;

    private string Segment(double smb, double mid) => random.NextDouble() switch
    {
        var r when r < smb => Smb,
        var r when r < smb + mid => MidMarket,
        _ => Enterprise,
    };

    private double MonthlyValue(string segment, double smb, double mid, double enterprise) =>
        (segment switch { Smb => smb, MidMarket => mid, _ => enterprise }) * Spread(0.3);

    private string Home() => random.NextDouble() < 0.8 ? "HU" : "AT";

    private string CompanyName(string market) =>
        $"{Pick(texts.CompanyStems)} {Pick(texts.Industries)} {market switch { "AT" => "GmbH", "SK" or "CZ" => "s.r.o.", "PL" => "Sp. z o.o.", "RO" => "S.R.L.", _ => Chance(0.7) ? "Kft." : "Zrt." }}";
}

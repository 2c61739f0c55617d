namespace Okra.Domain.Sales;

/// <summary>How many units of the organisation's currency one unit of <see cref="Currency"/> is worth from a day on.</summary>
public sealed class ExchangeRate
{
    private ExchangeRate() { }

    /// <summary>Creates a rate; it must be greater than zero.</summary>
    public ExchangeRate(string currency, DateOnly validFrom, decimal rate)
    {
        Currency = SalesGuard.Currency(currency);
        ValidFrom = validFrom;
        if (rate <= 0m) throw new Common.DomainValidationException("rate", "must be greater than zero.");
        Rate = rate;
    }

    /// <summary>ISO 4217 code of the foreign currency.</summary>
    public string Currency { get; private set; } = "";

    /// <summary>The first day the rate applies.</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>Organisation currency per one unit.</summary>
    public decimal Rate { get; private set; }
}

/// <summary>Converts amounts to the organisation's currency by the rate in force on a day.</summary>
public sealed class CurrencyConverter
{
    private readonly Dictionary<string, List<ExchangeRate>> rates;

    /// <summary>Creates the converter for <paramref name="organisationCurrency"/>.</summary>
    public CurrencyConverter(string organisationCurrency, IEnumerable<ExchangeRate> rates)
    {
        OrganisationCurrency = organisationCurrency;
        this.rates = rates.GroupBy(r => r.Currency, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.ValidFrom).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The currency every metric reports money in.</summary>
    public string OrganisationCurrency { get; }

    /// <summary>True when amounts in <paramref name="currency"/> can be converted.</summary>
    public bool CanConvert(string currency) => currency == OrganisationCurrency || rates.ContainsKey(currency);

    /// <summary>
    /// <paramref name="amount"/> in the organisation's currency, by the latest rate valid on <paramref name="day"/>; before
    /// the first known rate, the first one.
    /// </summary>
    public decimal Convert(decimal amount, string currency, DateOnly day)
    {
        if (currency == OrganisationCurrency) return amount;
        if (!rates.TryGetValue(currency, out var list))
            throw new Common.DomainValidationException("currency", $"has no exchange rate to {OrganisationCurrency}.");
        var rate = list[0].Rate;
        foreach (var r in list)
        {
            if (r.ValidFrom > day) break;
            rate = r.Rate;
        }
        return amount * rate;
    }
}

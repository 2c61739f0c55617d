namespace Okra.Domain.Common;

/// <summary>
/// An ISO 4217 currency code such as <c>HUF</c> or <c>EUR</c>. Cannot be constructed from an unknown code.
/// </summary>
public readonly record struct Currency
{
    // Active ISO 4217 codes (2026). Kept here rather than read from ICU so that validation is the same on every machine.
    private static readonly HashSet<string> Codes = new(
        """
        AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD
        CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD
        GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT
        LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR
        NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP
        STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG
        XOF XPF YER ZAR ZMW ZWG
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private Currency(string code) => Code = code;

    /// <summary>The three-letter upper-case code.</summary>
    public string Code { get; }

    /// <summary>Hungarian forint, the organisation default.</summary>
    public static Currency Huf { get; } = new("HUF");

    /// <summary>Parses a code (case-insensitive) or throws naming <paramref name="field"/>.</summary>
    public static Currency Parse(string? code, string field = "currency")
    {
        var normalised = code?.Trim().ToUpperInvariant();
        if (normalised is null || !Codes.Contains(normalised))
            throw new DomainValidationException(field, $"'{code}' is not a known ISO 4217 currency code.");
        return new Currency(normalised);
    }

    /// <summary>True when <paramref name="code"/> is a known ISO 4217 code.</summary>
    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code.Trim().ToUpperInvariant());

    /// <inheritdoc />
    public override string ToString() => Code;
}

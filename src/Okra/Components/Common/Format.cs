using System.Globalization;

namespace Okra.Components.Common;

/// <summary>
/// Numbers, money, percentages and dates the way each language writes them: Hungarian <c>1 234 567 Ft</c> and
/// <c>2027. 01. 15.</c>, English <c>HUF 1,234,567</c> and <c>Jan 15, 2027</c>. Every method takes the culture to use,
/// the current UI culture by default.
/// </summary>
public static class Format
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>A number with the culture's group separator and at most <paramref name="maxDecimals"/> decimals: <c>1 234,5</c>, <c>1,234.5</c>.</summary>
    public static string Number(decimal value, int maxDecimals = 2, CultureInfo? culture = null)
    {
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        var pattern = maxDecimals == 0 ? "#,0" : "#,0." + new string('#', maxDecimals);
        return rounded.ToString(pattern, Of(culture));
    }

    /// <summary>
    /// An amount of money: forints without decimals (<c>1 234 567 Ft</c>, <c>HUF 1,234,567</c>), other currencies with
    /// cents when there are any (<c>1 234,50 EUR</c>, <c>EUR 1,234.50</c>).
    /// </summary>
    public static string Money(decimal amount, string currency, CultureInfo? culture = null)
    {
        var c = Of(culture);
        var code = currency.ToUpperInvariant();
        var whole = code == "HUF" || amount == Math.Round(amount);
        var number = whole ? Number(amount, 0, c) : Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,0.00", c);
        if (!IsHungarian(c)) return $"{code} {number}";
        return $"{number}{NoBreakSpace}{(code == "HUF" ? "Ft" : code)}";
    }

    /// <summary>A fraction as a whole percentage: 0.94 → <c>94%</c>; over-achievement shows as it is (1.2 → <c>120%</c>).</summary>
    public static string Percent(decimal fraction, CultureInfo? culture = null) =>
        Number(fraction * 100m, 0, culture) + "%";

    /// <summary>A day: <c>2027. 01. 15.</c> in Hungarian, <c>Jan 15, 2027</c> in English.</summary>
    public static string Date(DateOnly date, CultureInfo? culture = null)
    {
        var c = Of(culture);
        return date.ToString(IsHungarian(c) ? "yyyy. MM. dd." : "MMM d, yyyy", c);
    }

    /// <summary>A span of days, both ends included: <c>Jan 1, 2027 – Mar 31, 2027</c>.</summary>
    public static string Dates(DateOnly start, DateOnly end, CultureInfo? culture = null) =>
        $"{Date(start, culture)} – {Date(end, culture)}";

    private static CultureInfo Of(CultureInfo? culture) => culture ?? CultureInfo.CurrentCulture;

    private static bool IsHungarian(CultureInfo culture) => culture.TwoLetterISOLanguageName == "hu";
}

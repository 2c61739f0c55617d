using Okra.Domain.Common;

namespace Okra.Domain.Sales;

/// <summary>Checks shared by the sales records.</summary>
public static class SalesGuard
{
    /// <summary>The source system's id: required, at most 100 characters.</summary>
    public static string ExternalId(string? value) => Guard.Text(value, "id", 100);

    /// <summary>An amount of money: never negative (a contraction or a churn is its own kind, not a negative amount).</summary>
    public static decimal Amount(decimal value, string field = "amount")
    {
        if (value < 0m) throw new DomainValidationException(field, "must not be negative.");
        if (value > 1_000_000_000_000m) throw new DomainValidationException(field, "is implausibly large.");
        return value;
    }

    /// <summary>An ISO 4217 code, upper case.</summary>
    public static string Currency(string? value) => Common.Currency.Parse(value).Code;

    /// <summary>Optional short text such as a segment or a market code.</summary>
    public static string? Code(string? value, string field) => Guard.OptionalText(value, field, 100);

    /// <summary>Rejects an instant before <paramref name="earlier"/>.</summary>
    public static DateTime? NotBefore(DateTime? value, DateTime earlier, string field)
    {
        if (value is { } v && v < earlier) throw new DomainValidationException(field, "must not be before the time the complaint was opened.");
        return value;
    }

    /// <summary>Treats an unspecified time as UTC, and converts others to UTC.</summary>
    public static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}

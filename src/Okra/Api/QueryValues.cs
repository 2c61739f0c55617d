using Okra.Domain.Common;

namespace Okra.Api;

/// <summary>
/// Reads an enum from a query string the way the JSON body spells it (camelCase, case-insensitive),
/// refusing an unknown value with a message that names the parameter and the allowed values.
/// </summary>
public static class QueryValues
{
    public static T? Enum<T>(string? value, string field) where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !value.Any(char.IsDigit)) return parsed;
        var allowed = string.Join(", ", System.Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        throw new DomainValidationException(field, $"'{value}' is not one of: {allowed}.");
    }
}

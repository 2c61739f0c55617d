namespace Okra.Domain.Common;

/// <summary>The languages Okra speaks. Stored and exchanged as the lower-case tags <c>en</c> and <c>hu</c>.</summary>
public static class Locale
{
    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Hungarian.</summary>
    public const string Hungarian = "hu";

    /// <summary>Every supported tag.</summary>
    public static IReadOnlyList<string> All { get; } = [English, Hungarian];

    /// <summary>Normalises a tag or throws naming <paramref name="field"/>.</summary>
    public static string Parse(string? value, string field = "locale")
    {
        var tag = value?.Trim().ToLowerInvariant();
        if (tag is English or Hungarian) return tag;
        throw new DomainValidationException(field, $"'{value}' is not a supported locale; use 'en' or 'hu'.");
    }
}

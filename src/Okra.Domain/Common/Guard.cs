namespace Okra.Domain.Common;

/// <summary>Small argument checks that throw <see cref="DomainValidationException"/>.</summary>
public static class Guard
{
    /// <summary>Trims <paramref name="value"/> and rejects empty or over-long text.</summary>
    public static string Text(string? value, string field, int maxLength = 200)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new DomainValidationException(field, "is required.");
        if (trimmed.Length > maxLength)
            throw new DomainValidationException(field, $"must be at most {maxLength} characters.");
        return Printable(trimmed, field);
    }

    /// <summary>Trims optional text; empty becomes null.</summary>
    public static string? OptionalText(string? value, string field, int maxLength = 4000)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > maxLength)
            throw new DomainValidationException(field, $"must be at most {maxLength} characters.");
        return Printable(trimmed, field);
    }

    /// <summary>
    /// Rejects control characters other than tab and line breaks, and broken UTF-16 (a lone surrogate): no one types
    /// them, PostgreSQL cannot store U+0000, and they would reach exports and screens as invisible garbage.
    /// </summary>
    private static string Printable(string text, string field)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                throw new DomainValidationException(field, $"must not contain control characters (found U+{(int)c:X4}).");
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(c))
                throw new DomainValidationException(field, "is not valid Unicode text (a lone surrogate).");
        }
        return text;
    }

    /// <summary>Rejects values outside the inclusive range.</summary>
    public static T InRange<T>(T value, T min, T max, string field) where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
            throw new DomainValidationException(field, $"must be between {min} and {max}.");
        return value;
    }

    /// <summary>Rejects enum values that are not defined (e.g. a cast from an out-of-range integer).</summary>
    public static T Defined<T>(T value, string field) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
            throw new DomainValidationException(field, $"'{value}' is not a valid value.");
        return value;
    }
}

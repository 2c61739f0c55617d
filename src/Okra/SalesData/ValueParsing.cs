using System.Globalization;
using Okra.Domain.Common;

namespace Okra.SalesData;

/// <summary>
/// Reads numbers, dates and times the way spreadsheets and CRMs export them: <c>1234.5</c>, <c>1 234,50</c>,
/// <c>1.234.567</c>, <c>2027-01-15</c>, <c>2027.01.15.</c>, <c>1/15/2027</c>, ISO instants. A value that starts like a
/// spreadsheet formula is refused rather than guessed.
/// </summary>
public static class ValueParsing
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy.MM.dd", "yyyy.MM.dd.", "yyyy. MM. dd.", "yyyy. MM. dd", "yyyy/MM/dd", "M/d/yyyy", "dd.MM.yyyy", "yyyyMMdd",
    ];

    private static readonly string[] TimeFormats = ["H:mm", "H:mm:ss", "H:mm:ss.FFFFFFF", "h:mm tt", "h:mm:ss tt"];

    private static readonly string[] DateTimeFormats =
        [.. DateFormats.SelectMany(d => TimeFormats.SelectMany(t => new[] { $"{d} {t}", $"{d}T{t}" }))];

    /// <summary>True when <paramref name="text"/> looks like a spreadsheet formula (=SUM(…), +A1, @x, -A1).</summary>
    public static bool IsFormula(string text) =>
        text.Length > 0 && (text[0] is '=' or '+' or '@' || (text[0] == '-' && text.Length > 1 && !char.IsDigit(text[1]) && text[1] != '.' && text[1] != ','));

    /// <summary>Parses a number in invariant or Hungarian notation.</summary>
    public static decimal Number(string text, string field)
    {
        if (IsFormula(text)) throw new DomainValidationException(field, $"'{text}' is a spreadsheet formula, not a number.");
        var s = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        var comma = s.LastIndexOf(',');
        var dot = s.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
        {
            // Both: the later one separates the decimals.
            s = comma > dot ? s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : s.Replace(",", "", StringComparison.Ordinal);
        }
        else if (comma >= 0)
        {
            s = s.Count(c => c == ',') > 1 ? s.Replace(",", "", StringComparison.Ordinal) : s.Replace(',', '.');
        }
        else if (dot >= 0 && s.Count(c => c == '.') > 1)
        {
            s = s.Replace(".", "", StringComparison.Ordinal);
        }
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value))
            throw new DomainValidationException(field, $"'{text}' is not a number.");
        return value;
    }

    /// <summary>Parses a whole number.</summary>
    public static int WholeNumber(string text, string field)
    {
        var value = Number(text, field);
        if (value != Math.Truncate(value) || value > int.MaxValue || value < int.MinValue)
            throw new DomainValidationException(field, $"'{text}' is not a whole number.");
        return (int)value;
    }

    /// <summary>Parses a day; a time part, if any, is dropped.</summary>
    public static DateOnly Date(string text, string field, TimeZoneInfo zone) => Instant(text, field, zone).Day;

    /// <summary>
    /// Parses an instant. Without an offset the time is read in the organisation's zone; without a time it is the start of
    /// the day. Answers the instant in UTC and the organisation's day.
    /// </summary>
    public static (DateTime Utc, DateOnly Day) Instant(string text, string field, TimeZoneInfo zone)
    {
        var s = text.Trim();
        if (IsoInstant(s) is { } iso)
            return (iso.UtcDateTime, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(iso, zone).DateTime));
        // An instant with an offset (ISO 8601, as APIs and CRMs export) first: none of the formats below has a 'Z', a '+'
        // or a '-' after the date, so they cannot match it, and trying ~100 of them first made this the import's hot spot.
        var withZone = s.EndsWith('Z') || s.Contains('+', StringComparison.Ordinal) || s.LastIndexOf('-') > 10;
        if (withZone && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withOffset))
            return (withOffset.UtcDateTime, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(withOffset, zone).DateTime));
        if (DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return (TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone), day);
        if (DateTime.TryParseExact(s, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return (TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), DateOnly.FromDateTime(local));
        throw new DomainValidationException(field, $"'{text}' is not a date (use 2027-01-15, 2027.01.15. or 2027-01-15T10:30:00Z).");
    }

    /// <summary>
    /// The instant of the form every CRM export and API uses, <c>2027-01-15T10:30:00Z</c> (optionally with a fraction of
    /// up to 7 digits, or an offset <c>+01:00</c> instead of the Z), read directly: a million rows through the general
    /// parser cost more than the rest of parsing them. Anything else, and any value out of range, is null and left to
    /// <see cref="DateTimeOffset.TryParse(string, IFormatProvider, DateTimeStyles, out DateTimeOffset)"/>, which reads
    /// these the same way.
    /// </summary>
    private static DateTimeOffset? IsoInstant(ReadOnlySpan<char> s)
    {
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':') return null;
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second)) return null;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null;
        var i = 19;
        long fraction = 0;
        if (s[i] == '.')
        {
            var start = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) fraction = fraction * 10 + (s[i++] - '0');
            if (i == start || i - start > 7) return null;
            for (var scale = i - start; scale < 7; scale++) fraction *= 10;
        }
        TimeSpan offset;
        if (i == s.Length - 1 && s[i] == 'Z') offset = TimeSpan.Zero;
        else if (i == s.Length - 6 && s[i] is '+' or '-' && s[i + 3] == ':' && Digits(s, i + 1, 2, out var oh) && Digits(s, i + 4, 2, out var om) && om < 60
                 && oh * 60 + om <= 14 * 60)
            offset = new TimeSpan(s[i] == '-' ? -oh : oh, s[i] == '-' ? -om : om, 0);
        else return null;
        var local = new DateTime(year, month, day, hour, minute, second).AddTicks(fraction);
        var utc = local - offset;
        if (utc < DateTime.MinValue.AddHours(14) || utc > DateTime.MaxValue.AddHours(-14)) return null;
        return new DateTimeOffset(local, offset);
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i])) return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }

    /// <summary>Parses one of <paramref name="names"/> (case, spaces, dashes and underscores ignored).</summary>
    public static T Enum<T>(string text, string field, IReadOnlyDictionary<string, T> names) where T : struct, System.Enum
    {
        // The key is made on the stack and looked up as a span: a string per row was most of this method's cost.
        if (text.Length <= 64 && names is Dictionary<string, T> table && table.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            Span<char> key = stackalloc char[text.Length];
            if (lookup.TryGetValue(key[..Key(text, key)], out var found)) return found;
        }
        else if (names.TryGetValue(Key(text), out var value)) return value;
        var known = string.Join(", ", System.Enum.GetNames<T>().Select(n => JsonName(n)));
        throw new DomainValidationException(field, $"'{text}' is not one of: {known}.");
    }

    /// <summary>The names of <typeparamref name="T"/> as keys, plus <paramref name="aliases"/>.</summary>
    public static Dictionary<string, T> Names<T>(params (string Alias, T Value)[] aliases) where T : struct, System.Enum
    {
        var names = System.Enum.GetValues<T>().ToDictionary(v => Key(v.ToString()), v => v, StringComparer.Ordinal);
        foreach (var (alias, value) in aliases) names[Key(alias)] = value;
        return names;
    }

    /// <summary>Lower case without spaces, dashes or underscores: "Cold call" and "cold_call" become "coldcall".</summary>
    public static string Key(string text)
    {
        var key = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(key[..Key(text, key)]);
    }

    /// <summary>Writes the <see cref="Key(string)"/> of <paramref name="text"/> into <paramref name="key"/> (as long as the text); answers its length.</summary>
    private static int Key(ReadOnlySpan<char> text, Span<char> key)
    {
        var kept = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '_')) kept[length++] = c;
        }
        return kept[..length].ToLowerInvariant(key);
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Okra.Resources;

namespace Okra.Components.Localization;

/// <summary>
/// The messages the domain and the API answer with, in the page's language — gettext style: the English text is the
/// key (<c>Resources/ServerMessages.resx</c> lists every template, <c>{0}</c> for what varies), the Hungarian template
/// comes from <c>ServerMessages.hu.resx</c>. The rules stay in one place and say why in English; a page shows the
/// reason in its own language.
/// </summary>
public static partial class ServerMessages
{
    private static readonly ResourceManager Catalogue = new(typeof(ServerMessageCatalogue));
    private static readonly Lazy<IReadOnlyList<(Regex Pattern, string Key)>> Templates = new(Load);

    /// <summary>Every English template.</summary>
    public static IEnumerable<string> Keys => Templates.Value.Select(t => t.Key);

    /// <summary><paramref name="english"/> in <paramref name="culture"/>: the matching template, filled in; the text itself when none matches.</summary>
    public static string Translate(string english, CultureInfo culture)
    {
        foreach (var (pattern, key) in Templates.Value)
        {
            if (pattern.Match(english) is not { Success: true } match) continue;
            var template = Catalogue.GetString(key, culture) ?? key;
            var values = Enumerable.Range(0, match.Groups.Count - 1).Select(i => (object)match.Groups[$"p{i}"].Value).ToArray();
            return string.Format(culture, template, values);
        }
        return english;
    }

    private static List<(Regex, string)> Load()
    {
        var set = Catalogue.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("The server message catalogue is missing.");
        // Most literal text first, so that "is required." does not take "is required for a threshold key result.".
        return set.Cast<DictionaryEntry>().Select(e => (string)e.Key)
            .OrderByDescending(key => Placeholder().Replace(key, "").Length)
            .Select(key => (new Regex("^" + Placeholder().Replace(Regex.Escape(key).Replace(@"\{", "{", StringComparison.Ordinal), m => $"(?<p{m.Groups[1].Value}>.*?)") + "$",
                RegexOptions.Singleline | RegexOptions.CultureInvariant), key))
            .ToList();
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}

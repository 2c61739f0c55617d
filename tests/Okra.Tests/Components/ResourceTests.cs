using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Okra.Resources;

namespace Okra.Tests.Components;

/// <summary>Every text of the UI exists in English and Hungarian, with the same placeholders.</summary>
public sealed partial class ResourceTests
{
    private static readonly ResourceManager Texts = new(typeof(SharedResource));

    [Fact]
    public void Hungarian_HasEveryEnglishTextAndNoOther()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var hungarian = Read(CultureInfo.GetCultureInfo("hu"));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(hungarian.Keys));
        Assert.Empty(hungarian.Keys.Except(english.Keys));
        Assert.All(hungarian, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty in Hungarian."));
    }

    [Fact]
    public void Hungarian_UsesTheSamePlaceholdersAsEnglish()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var hungarian = Read(CultureInfo.GetCultureInfo("hu"));
        var different = english.Keys.Where(hungarian.ContainsKey)
            .Where(key => !Placeholders(english[key]).SetEquals(Placeholders(hungarian[key])))
            .ToList();
        Assert.Empty(different);
    }

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        // tryParents: false, so that a missing Hungarian text is not filled in from English. The manager keeps the set (no dispose).
        var set = Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No texts for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}

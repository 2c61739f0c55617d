using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Okra.Resources;

namespace Okra.Tests.Components;

/// <summary>Every text of the UI — each resource pair of the app, whichever feature folder holds it — exists in English and Hungarian, with the same placeholders.</summary>
public sealed partial class ResourceTests
{
    /// <summary>The base names of every resource pair in the app, e.g. <c>Okra.Resources.SharedResource</c>.</summary>
    public static TheoryData<string> Catalogues() => new(Names());

    private static IEnumerable<string> Names() => typeof(SharedResource).Assembly.GetManifestResourceNames()
        .Where(n => n.EndsWith(".resources", StringComparison.Ordinal))
        .Select(n => n[..^".resources".Length]);

    [Fact]
    public void TheAppHasItsCatalogues() =>
        Assert.Contains($"Okra.Resources.{nameof(ServerMessageCatalogue)}", Names());

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Hungarian_HasEveryEnglishTextAndNoOther(string catalogue)
    {
        var english = Read(catalogue, CultureInfo.InvariantCulture);
        var hungarian = Read(catalogue, CultureInfo.GetCultureInfo("hu"));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(hungarian.Keys));
        Assert.Empty(hungarian.Keys.Except(english.Keys));
        Assert.All(hungarian, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty in Hungarian."));
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Hungarian_UsesTheSamePlaceholdersAsEnglish(string catalogue)
    {
        var english = Read(catalogue, CultureInfo.InvariantCulture);
        var hungarian = Read(catalogue, CultureInfo.GetCultureInfo("hu"));
        var different = english.Keys.Where(hungarian.ContainsKey)
            .Where(key => !Placeholders(english[key]).SetEquals(Placeholders(hungarian[key])))
            .ToList();
        Assert.Empty(different);
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Hungarian_IsNotEnglishLeftInPlace(string catalogue)
    {
        var english = Read(catalogue, CultureInfo.InvariantCulture);
        var hungarian = Read(catalogue, CultureInfo.GetCultureInfo("hu"));
        // A few texts read the same in both languages (a name, a number format); anything of three words or more does not.
        var untranslated = english.Where(pair => hungarian.TryGetValue(pair.Key, out var hu) && hu == pair.Value && pair.Value.Split(' ').Length >= 3)
            .Select(pair => pair.Key).ToList();
        Assert.Empty(untranslated);
    }

    internal static Dictionary<string, string> Read(string catalogue, CultureInfo culture)
    {
        var manager = new ResourceManager(catalogue, typeof(SharedResource).Assembly);
        // tryParents: false, so that a missing Hungarian text is not filled in from English.
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No texts of {catalogue} for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}

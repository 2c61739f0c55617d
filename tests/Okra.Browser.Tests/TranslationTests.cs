using System.Text.RegularExpressions;
using System.Xml.Linq;
using Okra.Browser.Tests.Infrastructure;

namespace Okra.Browser.Tests;

/// <summary>
/// Every page, rendered as a person sees it, in each language: no resource key shows instead of a text, and the
/// Hungarian UI shows none of the English texts of any resource file — a text missing from a page's resources, or
/// written into a page in English, fails here.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class TranslationTests(BrowserApp app)
{
    [Theory]
    [InlineData("en")]
    [InlineData("hu")]
    public async Task EveryPage_ShowsOnlyItsLanguage(string language)
    {
        var page = await app.NewPageAsync(language == "hu" ? "hu-HU" : "en-US");
        await page.SignInAsync(Demo.Anna);
        await page.UseLanguageAsync(language);
        // The resources' English, and English words no Hungarian text uses, for a text written into a page instead of its resources.
        var english = EnglishOnlyTexts().Concat(["the", "and", "of", "with", "your", "you", "Save", "Cancel", "Delete", "Loading", "Close", "Search", "Rows per page"]).ToList();
        var problems = new List<string>();
        var englishSeen = 0;

        foreach (var route in await RoutesAsync(page))
        {
            await page.GotoAsync(route);
            await page.WaitForInteractiveAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var text = await ShownTextAsync(page);
            // A page with tabs (admin) shows each tab's texts only when it is picked.
            var tabs = page.GetByRole(AriaRole.Tab);
            for (var i = 1; i < await tabs.CountAsync(); i++)
            {
                await tabs.Nth(i).ClickAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                text += "\n" + await ShownTextAsync(page);
            }
            Assert.DoesNotContain(NotFoundHeading(language), text);
            problems.AddRange(ResourceKey().Matches(text).Select(m => $"{route}: resource key {m.Value}"));
            var found = english.Where(e => Contains(text, e)).ToList();
            englishSeen += found.Count;
            if (language == "hu") problems.AddRange(found.Select(e => $"{route}: English \"{e}\""));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The same scan finds the English texts on the English pages: it reads what the pages show.
        if (language == "en") Assert.True(englishSeen > 50, $"Only {englishSeen} English texts found on the English pages.");
    }

    /// <summary>The page's words: its title, its visible text, and the labels, placeholders and tooltips of its controls.</summary>
    private static Task<string> ShownTextAsync(IPage page) => page.EvaluateAsync<string>(
        "() => [document.title, document.body.innerText, ...[...document.querySelectorAll('[aria-label],[placeholder],[title]')]" +
        ".flatMap(e => [e.getAttribute('aria-label'), e.getAttribute('placeholder'), e.getAttribute('title')]).filter(Boolean)].join('\\n')");

    /// <summary>Every page of the app; ids are taken from the demo organisation through the API.</summary>
    private static async Task<List<string>> RoutesAsync(IPage page)
    {
        var cycle = await page.ApiAsync("/api/v1/cycles/current");
        var tree = await page.ApiAsync($"/api/v1/cycles/{cycle.GetProperty("id").GetString()}/tree");
        var objective = tree.GetProperty("objectives")[0];
        var objectiveId = objective.GetProperty("id").GetString();
        var keyResult = objective.GetProperty("keyResults")[0];
        var keyResultId = keyResult.GetProperty("id").GetString();
        var team = (await page.ApiAsync("/api/v1/teams"))[0].GetProperty("id").GetString();
        return ["/", "/tree", "/tree?status=atRisk", $"/objectives/{objectiveId}", $"/key-results/{keyResultId}",
            "/objectives/new", $"/objectives/{objectiveId}/edit", $"/objectives/{objectiveId}/key-results/new", $"/key-results/{keyResultId}/edit",
            "/check-in", "/teams", $"/teams/{team}", $"/people/{keyResult.GetProperty("ownerPersonId").GetString()}", "/profile", "/admin",
            "/sales", "/sales/import", "/sales/metrics"];
    }

    private static string NotFoundHeading(string language) => language == "hu" ? "Az oldal nem található" : "Page not found";

    /// <summary>
    /// The English texts of every resource file that Hungarian words differently: whole sentences and labels; the longest
    /// literal run of a text with placeholders.
    /// </summary>
    private static List<string> EnglishOnlyTexts()
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var hungarianTexts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var english in Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".hu.resx", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            var hungarian = Read(english[..^".resx".Length] + ".hu.resx");
            hungarianTexts.UnionWith(hungarian.Values.SelectMany(v => Placeholder().Split(v)).Select(v => v.Trim()));
            foreach (var (key, value) in Read(english))
            {
                if (hungarian.GetValueOrDefault(key) == value) continue;
                var literal = Placeholder().Split(value).Select(s => s.Trim()).OrderByDescending(s => s.Length).First();
                if (literal.Length >= 4 && literal.Any(char.IsLetter)) texts.Add(literal);
            }
        }
        // A word both languages use ("E-mail") is Hungarian too wherever a Hungarian text says it.
        return [.. texts.Except(hungarianTexts)];
    }

    private static Dictionary<string, string> Read(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    /// <summary>A whole-word match, so that "Team" does not match inside a name.</summary>
    private static bool Contains(string text, string english) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}]){Regex.Escape(english)}(?![\p{{L}}])", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b[A-Z][A-Za-z]*_[A-Z][A-Za-z_]*\b")]
    private static partial Regex ResourceKey();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}

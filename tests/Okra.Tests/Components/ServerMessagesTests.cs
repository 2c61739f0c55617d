using System.Globalization;
using System.Text.RegularExpressions;
using Okra.Components.Localization;

namespace Okra.Tests.Components;

/// <summary>
/// The reasons the domain and the API give reach a Hungarian page in Hungarian: every message written in the source
/// has its template in the catalogue, and a concrete message is matched to its template and filled in.
/// </summary>
public sealed partial class ServerMessagesTests
{
    private static readonly CultureInfo Hungarian = CultureInfo.GetCultureInfo("hu");

    [Fact]
    public void EveryMessageInTheSource_IsInTheCatalogue()
    {
        var catalogue = ServerMessages.Keys.ToHashSet();
        var written = SourceMessages().ToList();

        Assert.True(written.Count > 50, $"Only {written.Count} messages found in the source; is the scan still looking in the right place?");
        var missing = written.Where(m => !catalogue.Contains(m.Template)).Select(m => $"{m.File}: {m.Template}").ToList();
        Assert.True(missing.Count == 0, "Not in the catalogue:\n" + string.Join("\n", missing));
    }

    [Theory]
    [InlineData("is required.", "Kötelező.")]
    [InlineData("is required for a threshold key result.", "Küszöbérték típusú kulcseredménynél kötelező.")]
    [InlineData("must be at most 200 characters.", "Legfeljebb 200 karakter lehet.")]
    [InlineData("must be between 0 and 10.", "0 és 10 között kell lennie.")]
    [InlineData("'XYZ' is not a known ISO 4217 currency code.", "A(z) „XYZ” nem ismert ISO 4217 pénznemkód.")]
    [InlineData("must lie in the cycle (2027-01-01 to 2027-03-31).", "A cikluson belül kell lennie (2027-01-01 – 2027-03-31).")]
    public void AMessage_IsFilledIntoItsHungarianTemplate(string english, string hungarian) =>
        Assert.Equal(hungarian, ServerMessages.Translate(english, Hungarian));

    [Fact]
    public void InEnglish_AFieldReasonReadsAsASentence() =>
        Assert.Equal("Must be at most 200 characters.", ServerMessages.Translate("must be at most 200 characters.", CultureInfo.InvariantCulture));

    [Fact]
    public void AnUnknownMessage_IsShownAsItIs() =>
        Assert.Equal("Something nobody wrote down.", ServerMessages.Translate("Something nobody wrote down.", Hungarian));

    private static IEnumerable<(string File, string Template)> SourceMessages()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match match in Message().Matches(File.ReadAllText(file)))
            {
                var index = 0;
                yield return (Path.GetRelativePath(src, file), Interpolation().Replace(match.Groups["text"].Value, _ => $"{{{index++}}}"));
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Okra.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Okra.slnx not found above the test's folder.");
    }

    // The messages a page may show: the reason of a DomainValidationException, Problems.Invalid and Problems.Forbidden.
    [GeneratedRegex(@"(?:DomainValidationException\(\s*[^,()]+,\s*|Problems\.(?:Invalid|Forbidden)\((?:\s*[^,()]+,)?\s*)\$?""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Message();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Interpolation();
}

using Okra.Domain.Common;

namespace Okra.Domain.Tests.Common;

public sealed class GuardTests
{
    [Theory]
    [InlineData("A\u0000B", "U+0000")]
    [InlineData("Bell\u0007", "U+0007")]
    [InlineData("Esc\u001B[31m", "U+001B")]
    public void Text_ControlCharacter_IsRefusedNamingIt(string text, string named)
    {
        var e = Assert.Throws<DomainValidationException>(() => Guard.Text(text, "title"));
        Assert.Equal("title", e.Field);
        Assert.Contains(named, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionalText_LoneSurrogate_IsRefused() =>
        Assert.Throws<DomainValidationException>(() => Guard.OptionalText("half \ud800 a pair", "comment"));

    [Theory]
    [InlineData("Line one\nline two\r\n\tindented")]
    [InlineData("Új ügyfél 🚀 =HYPERLINK(\"x\")")]
    public void OptionalText_LineBreaksTabsAndAstralCharacters_AreKept(string text) =>
        Assert.Equal(text, Guard.OptionalText(text, "comment"));
}

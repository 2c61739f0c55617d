using Okra.Domain.Common;

namespace Okra.Domain.Tests.Common;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("HUF", "HUF")]
    [InlineData(" eur ", "EUR")]
    [InlineData("usd", "USD")]
    public void Parse_KnownCode_IsNormalised(string text, string code)
    {
        Assert.Equal(code, Currency.Parse(text).Code);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("HU")]
    [InlineData("HUFF")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_UnknownCode_IsRefusedOnCurrency(string? text)
    {
        var error = Assert.Throws<DomainValidationException>(() => Currency.Parse(text));
        Assert.Equal("currency", error.Field);
        Assert.False(Currency.IsKnown(text));
    }

    [Fact]
    public void Parse_CustomField_NamesIt()
    {
        Assert.Equal("defaultCurrency", Assert.Throws<DomainValidationException>(() => Currency.Parse("ABC", "defaultCurrency")).Field);
    }

    [Fact]
    public void Huf_IsTheDefaultAndPrintsItsCode()
    {
        Assert.Equal(Currency.Parse("huf"), Currency.Huf);
        Assert.Equal("HUF", Currency.Huf.ToString());
    }
}

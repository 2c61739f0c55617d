using System.Globalization;
using Okra.Components.Common;

namespace Okra.Tests.Components;

/// <summary>Numbers, money, percentages and dates as each language writes them (issue #4's examples).</summary>
public sealed class FormatTests
{
    private const char Nbsp = '\u00A0';
    private static readonly CultureInfo Hu = CultureInfo.GetCultureInfo("hu");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Money_ForintsInHungarian_GroupsWithNoBreakSpacesAndEndsInFt() =>
        Assert.Equal($"1{Nbsp}234{Nbsp}567{Nbsp}Ft", Format.Money(1_234_567m, "HUF", Hu));

    [Fact]
    public void Money_ForintsInEnglish_StartsWithTheCodeAndGroupsWithCommas() =>
        Assert.Equal("HUF 1,234,567", Format.Money(1_234_567m, "HUF", En));

    [Fact]
    public void Money_Forints_RoundToWholeForints() =>
        Assert.Equal("HUF 1,235", Format.Money(1_234.5m, "huf", En));

    [Theory]
    [InlineData(1234.5, "en", "EUR 1,234.50")]
    [InlineData(1234.5, "hu", "1\u00A0234,50\u00A0EUR")]
    [InlineData(1234, "en", "EUR 1,234")]
    [InlineData(-1234, "en", "EUR -1,234")]
    public void Money_OtherCurrencies_ShowCentsOnlyWhenThereAreAny(decimal amount, string culture, string expected) =>
        Assert.Equal(expected, Format.Money(amount, "EUR", CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Date_InHungarian_IsYearMonthDayWithDots() =>
        Assert.Equal("2027. 01. 15.", Format.Date(new DateOnly(2027, 1, 15), Hu));

    [Fact]
    public void Date_InEnglish_IsMonthNameDayYear() =>
        Assert.Equal("Jan 15, 2027", Format.Date(new DateOnly(2027, 1, 15), En));

    [Fact]
    public void Dates_JoinBothEndsWithADash() =>
        Assert.Equal("Jan 1, 2027 – Mar 31, 2027", Format.Dates(new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), En));

    [Theory]
    [InlineData(0.94, "94%")]
    [InlineData(0.945, "95%")]
    [InlineData(0, "0%")]
    [InlineData(1.2, "120%")]
    public void Percent_IsAWholePercentageOfTheFraction(decimal fraction, string expected)
    {
        Assert.Equal(expected, Format.Percent(fraction, En));
        Assert.Equal(expected, Format.Percent(fraction, Hu));
    }

    [Fact]
    public void Percent_LargeOverAchievement_IsGroupedInTheLanguage()
    {
        Assert.Equal("1,500%", Format.Percent(15m, En));
        Assert.Equal($"1{Nbsp}500%", Format.Percent(15m, Hu));
    }

    [Theory]
    [InlineData(1234.5, "en", "1,234.5")]
    [InlineData(1234.5, "hu", "1\u00A0234,5")]
    [InlineData(22.25, "en", "22.25")]
    [InlineData(0.125, "en", "0.13")]
    [InlineData(-3, "hu", "-3")]
    public void Number_UsesTheLanguagesSeparatorsAndAtMostTwoDecimals(decimal value, string culture, string expected) =>
        Assert.Equal(expected, Format.Number(value, culture: CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Number_WithoutCulture_UsesTheCurrentCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = Hu;
            Assert.Equal($"12{Nbsp}500{Nbsp}000", Format.Number(12_500_000m));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}

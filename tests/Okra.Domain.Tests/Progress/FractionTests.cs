using FsCheck.Xunit;
using Okra.Domain.Cycles;
using Okra.Domain.Progress;

namespace Okra.Domain.Tests.Progress;

public sealed class FractionTests
{
    private static readonly DateRange Q1 = new(new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31));

    [Fact]
    public void Expected_HalfwayThroughQuarter_IsDaysPassedOverLength()
    {
        // e − s = 89 days; 2027-02-15 is 45 days after the start.
        Assert.Equal(45m / 89m, Fraction.Expected(Q1, new DateOnly(2027, 2, 15)));
    }

    [Theory]
    [InlineData(2026, 12, 1, 0)]
    [InlineData(2027, 1, 1, 0)]
    [InlineData(2027, 3, 31, 1)]
    [InlineData(2027, 5, 1, 1)]
    public void Expected_OutsideOrAtEdges_IsClamped(int y, int m, int d, int expected)
    {
        Assert.Equal(expected, Fraction.Expected(Q1, new DateOnly(y, m, d)));
    }

    [Fact]
    public void Expected_OneDayCycle_IsZeroBeforeAndOneFromThatDay()
    {
        var day = new DateRange(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 1));

        Assert.Equal(0m, Fraction.Expected(day, new DateOnly(2026, 12, 31)));
        Assert.Equal(1m, Fraction.Expected(day, new DateOnly(2027, 1, 1)));
    }

    [Theory]
    [InlineData(-0.5, 0)]
    [InlineData(0, 0)]
    [InlineData(0.42, 0.42)]
    [InlineData(1, 1)]
    [InlineData(1.2, 1)]
    public void Clamp01_Value_IsCutToZeroAndOne(double value, double expected)
    {
        Assert.Equal((decimal)expected, Fraction.Clamp01((decimal)value));
    }

    [Property]
    public void Clamp01_AnyHundredths_LiesWithinZeroAndOne(int hundredths)
    {
        Assert.InRange(Fraction.Clamp01(hundredths / 100m), 0m, 1m);
    }
}

using Okra.Domain.Common;
using Okra.Domain.Progress;

namespace Okra.Domain.Tests.Progress;

public sealed class StatusTolerancesTests
{
    [Fact]
    public void Default_IsTenAndTwentyFiveHundredths()
    {
        Assert.Equal(0.10m, StatusTolerances.Default.OnTrack);
        Assert.Equal(0.25m, StatusTolerances.Default.AtRisk);
    }

    [Fact]
    public void Constructor_AtRiskBelowOnTrack_IsRefused()
    {
        var error = Assert.Throws<DomainValidationException>(() => new StatusTolerances(0.2m, 0.1m));
        Assert.Equal("atRiskTolerance", error.Field);
    }

    [Theory]
    [InlineData(-0.1, 0.25, "onTrackTolerance")]
    [InlineData(0.1, 1.5, "atRiskTolerance")]
    public void Constructor_OutsideZeroToOne_IsRefused(double onTrack, double atRisk, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => new StatusTolerances((decimal)onTrack, (decimal)atRisk));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Constructor_EqualTolerances_AreAllowed()
    {
        Assert.Equal(0.2m, new StatusTolerances(0.2m, 0.2m).AtRisk);
    }
}

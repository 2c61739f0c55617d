using Okra.Domain.Common;
using Okra.Domain.Cycles;

namespace Okra.Domain.Tests.Cycles;

public sealed class DateRangeTests
{
    private static readonly DateRange Q1 = new(new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31));

    [Fact]
    public void Constructor_EndBeforeStart_IsRefusedOnTheGivenField()
    {
        var start = new DateOnly(2027, 1, 10);

        Assert.Equal("endDate", Assert.Throws<DomainValidationException>(() => new DateRange(start, start.AddDays(-1))).Field);
        Assert.Equal("to", Assert.Throws<DomainValidationException>(() => new DateRange(start, start.AddDays(-1), "to")).Field);
    }

    [Fact]
    public void Days_CountsBothEnds()
    {
        Assert.Equal(90, Q1.Days);
        Assert.Equal(1, new DateRange(Q1.Start, Q1.Start).Days);
    }

    [Fact]
    public void Contains_DaysAndRanges_IncludeTheEdges()
    {
        Assert.True(Q1.Contains(Q1.Start));
        Assert.True(Q1.Contains(Q1.End));
        Assert.False(Q1.Contains(Q1.End.AddDays(1)));
        Assert.True(Q1.Contains(Q1));
        Assert.False(Q1.Contains(new DateRange(Q1.Start, Q1.End.AddDays(1))));
    }
}

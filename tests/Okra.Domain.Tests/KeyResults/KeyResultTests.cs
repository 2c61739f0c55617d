using Okra.Domain.CheckIns;
using Okra.Domain.Common;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using static Okra.Domain.Tests.Kit;

namespace Okra.Domain.Tests.KeyResults;

/// <summary>Creating key results and recording check-ins: what is refused, naming which field.</summary>
public sealed class KeyResultTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Owner = Guid.NewGuid();

    private static KeyResult Mrr() => new(Guid.NewGuid(), "MRR +20 %", Owner,
        MetricSpec.Relative(10_000_000m, 0.20m), KeyResultUnit.Currency, "huf", 1m, Now);

    private static CheckIn CheckIn(KeyResult keyResult, decimal? value, int confidence = 7, DateOnly? date = null,
        decimal checklistProgress = 0m) =>
        keyResult.CheckIn(date ?? Day(2, 12), value, confidence, " On plan ", null, Owner, Q1, Day(2, 15), Now, checklistProgress);

    [Fact]
    public void Constructor_RelativeMetricInForints_StoresTheRuleFlatAndRebuildsIt()
    {
        var keyResult = Mrr();

        Assert.Equal("HUF", keyResult.Currency);
        Assert.Equal(KeyResultKind.Metric, keyResult.Kind);
        Assert.Equal(12_000_000m, keyResult.Target);
        Assert.Equal(MetricSpec.Relative(10_000_000m, 0.20m), keyResult.Spec);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("")]
    [InlineData(null)]
    public void Constructor_CurrencyUnitWithUnknownCode_IsRefusedOnCurrency(string? code)
    {
        var error = Assert.Throws<DomainValidationException>(() => new KeyResult(Guid.NewGuid(), "Revenue", Owner,
            new MetricSpec(0m, 100m), KeyResultUnit.Currency, code, 1m, Now));
        Assert.Equal("currency", error.Field);
    }

    [Fact]
    public void Constructor_CurrencyOnACount_IsRefusedOnCurrency()
    {
        var error = Assert.Throws<DomainValidationException>(() => new KeyResult(Guid.NewGuid(), "Cold calls", Owner,
            new RecurringSpec(PeriodUnit.Week, 20m), KeyResultUnit.Count, "EUR", 1m, Now));
        Assert.Equal("currency", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public void Constructor_WeightOutOfRange_IsRefusedOnWeight(int weight)
    {
        var error = Assert.Throws<DomainValidationException>(() => new KeyResult(Guid.NewGuid(), "Markets", Owner,
            new MetricSpec(0m, 2m), KeyResultUnit.Count, null, weight, Now));
        Assert.Equal("weight", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void CheckIn_ConfidenceAtTheEdges_IsRecorded(int confidence)
    {
        var checkIn = CheckIn(Mrr(), 11_300_000m, confidence);

        Assert.Equal(confidence, checkIn.Confidence);
        Assert.Equal("On plan", checkIn.Comment);
        Assert.Equal(CheckInSource.Manual, checkIn.Source);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void CheckIn_ConfidenceOutsideZeroToTen_IsRefusedOnConfidence(int confidence)
    {
        var error = Assert.Throws<DomainValidationException>(() => CheckIn(Mrr(), 11_300_000m, confidence));
        Assert.Equal("confidence", error.Field);
    }

    [Fact]
    public void CheckIn_ArchivedKeyResult_IsRefused()
    {
        var keyResult = Mrr();
        keyResult.Archive();

        var error = Assert.Throws<DomainValidationException>(() => CheckIn(keyResult, 11_300_000m));
        Assert.Equal("keyResultId", error.Field);
        Assert.Throws<DomainValidationException>(() => keyResult.SystemCheckIn(Day(2, 12), 1m, Now));
    }

    [Theory]
    [InlineData(2026, 12, 31)] // before the cycle
    [InlineData(2027, 2, 16)] // after today (2027-02-15)
    public void CheckIn_DateOutsideCycleOrInTheFuture_IsRefusedOnDate(int year, int month, int day)
    {
        var error = Assert.Throws<DomainValidationException>(() => CheckIn(Mrr(), 1m, date: new DateOnly(year, month, day)));
        Assert.Equal("date", error.Field);
    }

    [Fact]
    public void CheckIn_MetricWithoutValue_IsRefusedOnValue()
    {
        Assert.Equal("value", Assert.Throws<DomainValidationException>(() => CheckIn(Mrr(), null)).Field);
    }

    [Fact]
    public void CheckIn_MilestoneHalfDone_IsRefusedOnValue()
    {
        var survey = new KeyResult(Guid.NewGuid(), "Run the survey", Owner, new MilestoneSpec(), KeyResultUnit.Count, null, 1m, Now);

        Assert.Equal("value", Assert.Throws<DomainValidationException>(() => CheckIn(survey, 0.5m)).Field);
        Assert.Equal(1m, CheckIn(survey, 1m).Value);
    }

    [Fact]
    public void CheckIn_ChecklistMilestone_RecordsChecklistProgress()
    {
        var survey = new KeyResult(Guid.NewGuid(), "Run the survey", Owner,
            new MilestoneSpec(Checklist: true), KeyResultUnit.Count, null, 1m, Now);

        Assert.Equal(0.6m, CheckIn(survey, null, checklistProgress: 0.6m).Value);
    }

    [Fact]
    public void OverrideScore_WithoutReasonOrAboveOne_IsRefused()
    {
        var keyResult = Mrr();

        Assert.Equal("reason", Assert.Throws<DomainValidationException>(() => keyResult.OverrideScore(0.8m, " ")).Field);
        Assert.Equal("score", Assert.Throws<DomainValidationException>(() => keyResult.OverrideScore(1.1m, "why")).Field);
        keyResult.OverrideScore(0.8m, "Two deals slipped a week past the close");
        Assert.Equal(0.8m, keyResult.ScoreOverride);
    }
}

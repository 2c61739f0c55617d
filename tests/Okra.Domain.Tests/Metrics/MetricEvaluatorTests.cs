using Okra.Domain.Cycles;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;
using static Okra.Domain.Tests.Metrics.SmallSalesData;

namespace Okra.Domain.Tests.Metrics;

/// <summary>Every metric of the catalogue on <see cref="SmallSalesData"/> in January 2027, each expectation worked by hand.</summary>
public sealed class MetricEvaluatorTests
{
    private static readonly DateRange January = new(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31));
    private static readonly SalesData Data = Create();

    private static MetricResult Eval(MetricId metric, MetricFilter? filter = null, DateRange? window = null) =>
        MetricEvaluator.Evaluate(metric, filter ?? MetricFilter.None, window ?? January, Data);

    private static string[] Ids(MetricResult r) => [.. r.Records.Select(x => x.ExternalId)];

    [Theory]
    // D1 and D2 are C1's won new deals: one new customer. C2's only new deal was lost, C3's is open.
    [InlineData(MetricId.NewCustomers, "1")]
    // D1, D2 (€500 at 410 = 205 000) and D3; D4 closed in February.
    [InlineData(MetricId.DealsWon, "3")]
    [InlineData(MetricId.DealsWonValue, "208000")]
    [InlineData(MetricId.AverageDealValue, "69333.3333")]
    [InlineData(MetricId.NewCustomerRevenue, "206000")]
    [InlineData(MetricId.UpsellRevenue, "2000")]
    [InlineData(MetricId.CrossSellRevenue, "0")]
    // Poland was identified on 15 January: D2 (20 January) counts, D1 (10 January) came before it.
    [InlineData(MetricId.BdMarketRevenue, "205000")]
    // 100 + 200 + 50 − 200 + €10 × 410.
    [InlineData(MetricId.Mrr, "4250")]
    // 31 December: 300 → (4250 − 300) / 300.
    [InlineData(MetricId.MrrGrowth, "1316.6667")]
    // C1 and C2 paid 300 on 31 December and pay 150 + 0 now.
    [InlineData(MetricId.NetRevenueRetention, "50")]
    // C1 150 and C3 4100 pay at the end of January.
    [InlineData(MetricId.AverageCustomerValue, "2125")]
    [InlineData(MetricId.Activities, "5")]
    // C1 met on 8 January and won D1/D2 later; C2 demoed on 25 January, its D3 closed before: 1 of 2.
    [InlineData(MetricId.MeetingConversion, "50")]
    // Six January answers: promoters 10, 9, 10; detractors 6, 0 → (3 − 2) / 6.
    [InlineData(MetricId.Nps, "16.6667")]
    [InlineData(MetricId.SurveyAnswers, "6")]
    // Resolved in January: 24 h, 12 h, 48 h and K5's 48 h (opened in December) → 12, 24, 48, 48.
    [InlineData(MetricId.ComplaintHandlingMedian, "36")]
    [InlineData(MetricId.ComplaintHandlingMean, "33")]
    [InlineData(MetricId.ComplaintHandlingP90, "48")]
    [InlineData(MetricId.OpenComplaints, "1")]
    [InlineData(MetricId.MarketsIdentified, "1")]
    [InlineData(MetricId.MarketsValidated, "1")]
    public void Evaluate_January_MatchesTheHandWorkedValue(MetricId metric, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Eval(metric).Value);

    [Fact]
    public void Catalogue_DocumentsEveryMetricOnce()
    {
        Assert.Equal(Enum.GetValues<MetricId>().Order(), MetricCatalogue.All.Select(m => m.Id).Order());
        Assert.All(MetricCatalogue.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Formula)));
    }

    [Fact]
    public void DealsWon_FilteredByOwnerSegmentMarketAndType_CountsOnlyMatchingDeals()
    {
        Assert.Equal(1m, Eval(MetricId.DealsWon, new MetricFilter(Owners: new HashSet<Guid> { B })).Value);
        Assert.Equal(["D1", "D2"], Ids(Eval(MetricId.DealsWon, new MetricFilter(Segment: "smb"))));
        Assert.Equal(["D1", "D2"], Ids(Eval(MetricId.DealsWon, new MetricFilter(Market: "PL"))));
        Assert.Equal(["D3"], Ids(Eval(MetricId.DealsWon, new MetricFilter(DealType: DealType.Upsell))));
    }

    [Fact]
    public void Activities_ColdCallsOfOwnerA_DrillDownListsExactlyThem()
    {
        var result = Eval(MetricId.Activities, new MetricFilter(new HashSet<Guid> { A }, ActivityType: ActivityType.ColdCall));
        Assert.Equal(2m, result.Value);
        Assert.Equal(["A1", "A2"], Ids(result));
    }

    [Fact]
    public void Activities_ByMarketOfTheCustomer_CountsOnlyThatMarket() =>
        Assert.Equal(["A4"], Ids(Eval(MetricId.Activities, new MetricFilter(Market: "PL"))));

    [Fact]
    public void NewCustomers_DrillDown_ListsTheFirstDealOfEachCustomer() => Assert.Equal(["D1"], Ids(Eval(MetricId.NewCustomers)));

    [Fact]
    public void Mrr_AtTheEndOfDecember_IsTheOpeningMrr() =>
        Assert.Equal(300m, Eval(MetricId.Mrr, window: new DateRange(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31))).Value);

    [Fact]
    public void Mrr_OfOwnerB_FollowsTheCustomersOwner() =>
        Assert.Equal(0m, Eval(MetricId.Mrr, new MetricFilter(new HashSet<Guid> { B })).Value);

    [Fact]
    public void OpenComplaints_OnEleventhJanuary_CountsK3Only() =>
        Assert.Equal(["K3"], Ids(Eval(MetricId.OpenComplaints, window: new DateRange(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 11)))));

    [Fact]
    public void OpenComplaints_OfOwnerB_UsesTheHandlerBeforeTheCustomersOwner() =>
        Assert.Equal(["K4"], Ids(Eval(MetricId.OpenComplaints, new MetricFilter(new HashSet<Guid> { B }))));

    [Theory]
    [InlineData(MetricId.Nps)]
    [InlineData(MetricId.AverageDealValue)]
    [InlineData(MetricId.ComplaintHandlingMedian)]
    [InlineData(MetricId.MeetingConversion)]
    [InlineData(MetricId.MrrGrowth)]
    public void Ratios_WithoutRecords_HaveNoValue(MetricId metric) =>
        Assert.Null(Eval(metric, window: new DateRange(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31))).Value);

    [Fact]
    public void Median_EvenCount_IsTheMeanOfTheMiddleTwo() => Assert.Equal(2.5m, MetricEvaluator.Median([4m, 1m, 3m, 2m]));

    [Fact]
    public void P90_TenValues_IsTheNinthSmallest() => Assert.Equal(9m, MetricEvaluator.P90([.. Enumerable.Range(1, 10).Select(i => (decimal)i)]));

    [Fact]
    public void Convert_BeforeTheFirstRate_UsesTheFirstRate() =>
        Assert.Equal(4000m, Data.Converter.Convert(10m, "EUR", new DateOnly(2020, 1, 1)));

    [Fact]
    public void Deal_Negative_IsRefusedNamingAmount() =>
        Assert.Equal("amount", Assert.Throws<Okra.Domain.Common.DomainValidationException>(() =>
            new Deal("X", null, null, -1m, "HUF", null, new DateOnly(2027, 1, 1), null, DealStatus.Open, null, DealType.New, null, null)).Field);

    [Fact]
    public void Deal_WonWithoutCloseDate_IsRefusedNamingClosedOn() =>
        Assert.Equal("closedOn", Assert.Throws<Okra.Domain.Common.DomainValidationException>(() =>
            new Deal("X", null, null, 1m, "HUF", null, new DateOnly(2027, 1, 1), null, DealStatus.Won, null, DealType.New, null, null)).Field);
}

using Okra.Domain.Metrics;
using Okra.Domain.Sales;

namespace Okra.Domain.Tests.Metrics;

/// <summary>
/// A small organisation whose January 2027 is worked by hand in <see cref="MetricEvaluatorTests"/>. Money is in HUF; EUR is
/// 400 HUF from 2026 and 410 HUF from 15 January 2027. Owners A and B; customers C1 (SMB, PL, A), C2 (ENT, HU, B), C3 (SMB, PL, A).
/// </summary>
internal static class SmallSalesData
{
    public static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    public static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    private static DateOnly D(int month, int day, int year = 2027) => new(year, month, day);

    private static DateTime T(int month, int day, int hour = 0, int year = 2027) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    public static SalesData Create() => new(
        new CurrencyConverter("HUF", [new ExchangeRate("EUR", D(1, 1, 2026), 400m), new ExchangeRate("EUR", D(1, 15), 410m)]),
        customers: [new Customer("C1", "One", "SMB", "PL", A), new Customer("C2", "Two", "ENT", "HU", B), new Customer("C3", "Three", "SMB", "PL", A)],
        deals:
        [
            new Deal("D1", null, "C1", 1000m, "HUF", null, D(1, 1), D(1, 10), DealStatus.Won, A, DealType.New, null, null),
            new Deal("D2", null, "C1", 500m, "EUR", null, D(1, 1), D(1, 20), DealStatus.Won, A, DealType.New, null, null),
            new Deal("D3", null, "C2", 2000m, "HUF", null, D(1, 1), D(1, 5), DealStatus.Won, B, DealType.Upsell, null, null),
            new Deal("D4", null, "C3", 3000m, "HUF", null, D(1, 1), D(2, 2), DealStatus.Won, A, DealType.CrossSell, null, null),
            new Deal("D5", null, "C2", 9999m, "HUF", null, D(1, 1), D(1, 12), DealStatus.Lost, B, DealType.New, null, null),
            new Deal("D6", null, "C3", 7777m, "HUF", null, D(1, 1), null, DealStatus.Open, A, DealType.New, null, null),
        ],
        movements:
        [
            new SubscriptionMovement("M1", "C1", D(12, 1, 2026), MovementKind.New, 100m, "HUF"),
            new SubscriptionMovement("M2", "C2", D(12, 15, 2026), MovementKind.New, 200m, "HUF"),
            new SubscriptionMovement("M3", "C1", D(1, 10), MovementKind.Expansion, 50m, "HUF"),
            new SubscriptionMovement("M4", "C2", D(1, 20), MovementKind.Churn, 200m, "HUF"),
            new SubscriptionMovement("M5", "C3", D(1, 25), MovementKind.New, 10m, "EUR"),
        ],
        activities:
        [
            new Activity("A1", ActivityType.ColdCall, A, T(1, 4, 9), D(1, 4), null, "no answer"),
            new Activity("A2", ActivityType.ColdCall, A, T(1, 5, 9), D(1, 5), null, "connected"),
            new Activity("A3", ActivityType.Call, B, T(1, 6, 9), D(1, 6), "C2", null),
            new Activity("A4", ActivityType.Meeting, A, T(1, 8, 9), D(1, 8), "C1", null),
            new Activity("A5", ActivityType.Demo, B, T(1, 25, 9), D(1, 25), "C2", null),
            new Activity("A6", ActivityType.Meeting, A, T(2, 1, 9), D(2, 1), "C3", null),
        ],
        surveyAnswers:
        [
            new SurveyAnswer("S1", "C1", T(1, 3), D(1, 3), 10, null), new SurveyAnswer("S2", "C1", T(1, 4), D(1, 4), 9, null),
            new SurveyAnswer("S3", "C2", T(1, 5), D(1, 5), 8, null), new SurveyAnswer("S4", "C2", T(1, 6), D(1, 6), 6, "slow"),
            new SurveyAnswer("S5", "C3", T(1, 7), D(1, 7), 0, null), new SurveyAnswer("S6", "C3", T(1, 8), D(1, 8), 10, null),
            new SurveyAnswer("S7", "C3", T(2, 8), D(2, 8), 0, "outside January"),
        ],
        complaints:
        [
            new Complaint("K1", "C1", T(1, 2, 8), D(1, 2), null, T(1, 3, 8), D(1, 3), ComplaintSeverity.Low, null),
            new Complaint("K2", "C2", T(1, 5), D(1, 5), T(1, 5, 1), T(1, 5, 12), D(1, 5), ComplaintSeverity.High, null),
            new Complaint("K3", "C3", T(1, 10), D(1, 10), null, T(1, 12), D(1, 12), ComplaintSeverity.Medium, null),
            new Complaint("K4", "C1", T(1, 20), D(1, 20), null, null, null, ComplaintSeverity.Critical, B),
            new Complaint("K5", "C2", T(12, 30, 0, 2026), D(12, 30, 2026), null, T(1, 1), D(1, 1), ComplaintSeverity.Low, null),
        ],
        markets:
        [
            new Market("PL", "Poland", A, MarketStatus.Identified, D(1, 15), null, null),
            new Market("DE", "Germany", B, MarketStatus.Validated, D(12, 1, 2026), D(1, 20), null),
        ]);
}

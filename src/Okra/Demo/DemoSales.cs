using Okra.Domain.Cycles;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;

namespace Okra.Demo;

/// <summary>
/// The demo's sales data for the current quarter up to yesterday, relative to today and deterministic: 150 paying customers
/// at the quarter's start (MRR about HUF 48 M, HUF 320 k a customer, as the company key results' baselines say) plus prospects;
/// won, lost and open deals with the MRR movements of the won ones; the sellers' calls, cold calls (about 20 a week each,
/// following each seller's planned pace), meetings, demos and e-mails; NPS answers; complaints; and the markets business
/// development found. Records are built through the domain constructors, so nothing invalid reaches the database.
/// </summary>
internal sealed partial class DemoSales
{
    /// <summary>Euros are converted at this rate before the quarter and at <see cref="EurRateLater"/> from its sixth week.</summary>
    public const decimal EurRate = 395.5m;
    public const decimal EurRateLater = 402.3m;

    // A seed of its own, so that the OKR part of the demo draws the same numbers as before.
    private readonly Random random = new(20275);
    private readonly DemoStaff staff;
    private readonly DemoSalesTexts texts;
    private readonly DateRange quarter;

    private DemoSales(DemoStaff staff, DemoSalesTexts texts, DateRange quarter, DateOnly today)
    {
        this.staff = staff;
        this.texts = texts;
        this.quarter = quarter;
        Until = today.AddDays(-1) < quarter.End ? today.AddDays(-1) : quarter.End;
        Rates = [new ExchangeRate("EUR", quarter.Start.AddDays(-800), EurRate), new ExchangeRate("EUR", quarter.Start.AddDays(35), EurRateLater)];
    }

    /// <summary>The last day with data: yesterday (today is still running).</summary>
    public DateOnly Until { get; }

    public List<ExchangeRate> Rates { get; }
    public List<Customer> Customers { get; } = [];
    public List<Deal> Deals { get; } = [];
    public List<SubscriptionMovement> Movements { get; } = [];
    public List<Activity> Activities { get; } = [];
    public List<SurveyAnswer> SurveyAnswers { get; } = [];
    public List<Complaint> Complaints { get; } = [];
    public List<Market> Markets { get; } = [];

    public int Count => Customers.Count + Deals.Count + Movements.Count + Activities.Count + SurveyAnswers.Count + Complaints.Count + Markets.Count;

    /// <summary>Generates the quarter's data, in the language of <paramref name="locale"/>.</summary>
    public static DemoSales Generate(DemoStaff staff, DemoCycles cycles, DateOnly today, string locale)
    {
        var sales = new DemoSales(staff, DemoSalesTexts.For(locale), cycles.Current.Dates, today);
        sales.MarketsFound();
        sales.Accounts();
        sales.Pipeline();
        sales.Rhythm();
        sales.Service();
        return sales;
    }

    /// <summary>Everything in memory, for evaluating metrics the way the database path does.</summary>
    public Domain.Metrics.SalesData AsData(string currency) =>
        new(new CurrencyConverter(currency, Rates), Customers, Deals, Movements, Activities, SurveyAnswers, Complaints, Markets);

    /// <summary>The working days of the quarter so far.</summary>
    private IEnumerable<DateOnly> WorkDays()
    {
        for (var day = quarter.Start; day <= Until; day = day.AddDays(1))
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) yield return day;
    }

    /// <summary>Moves linearly from <paramref name="start"/> on the quarter's first day to <paramref name="end"/> on the last day with data.</summary>
    private double Along(double start, double end, DateOnly day)
    {
        var span = Until.DayNumber - quarter.Start.DayNumber;
        return span <= 0 ? start : start + (end - start) * (day.DayNumber - quarter.Start.DayNumber) / span;
    }

    /// <summary>The day a share of the quarter has passed.</summary>
    private DateOnly DayAt(double share) => quarter.Start.AddDays((int)Math.Round(share * (quarter.End.DayNumber - quarter.Start.DayNumber)));

    /// <summary>An instant in working hours of <paramref name="day"/> (7:00–15:59 UTC is 8–17 in Budapest).</summary>
    private DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc).AddMinutes(random.Next(9 * 60));

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble()) k++;
        return k;
    }

    /// <summary>A factor around 1 with the given relative spread (log-normal, so never negative).</summary>
    private double Spread(double sigma)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Exp(sigma * normal);
    }

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> pool) => pool[random.Next(pool.Count)];

    private static decimal Thousands(double value) => Math.Round((decimal)value / 1000m, MidpointRounding.AwayFromZero) * 1000m;
}

using Okra.Domain.People;
using Okra.Domain.Sales;
using static System.FormattableString;

namespace Okra.Demo;

internal sealed partial class DemoSales
{
    private static readonly TimeZoneInfo Budapest = TimeZoneInfo.FindSystemTimeZoneById("Europe/Budapest");

    /// <summary>
    /// The markets business development found: Slovakia launched last year, Czechia identified last quarter and validated
    /// in this one, Poland and Romania identified by the market analyst in the first half, Slovenia late in the quarter.
    /// </summary>
    private void MarketsFound()
    {
        var start = quarter.Start;
        AddMarket("SK", texts.Slovakia, staff.Zoltan, start.AddDays(-250), start.AddDays(-170), start.AddDays(-100));
        AddMarket("CZ", texts.Czechia, staff.Judit, start.AddDays(-120), DayAt(0.3), null);
        AddMarket("PL", texts.Poland, staff.David, DayAt(0.12), DayAt(0.55), null);
        AddMarket("RO", texts.Romania, staff.David, DayAt(0.4), null, null);
        AddMarket("SI", texts.Slovenia, staff.Judit, DayAt(0.8), null, null);
    }

    /// <summary>NPS answers all quarter, and a wave of them after the quarterly survey goes out; complaints.</summary>
    private void Service()
    {
        var survey = DayAt(0.45);
        var wave = WorkDays().Where(d => d > survey).Take(10).ToHashSet();
        foreach (var day in WorkDays())
        {
            for (var n = Poisson(wave.Contains(day) ? 6 : 1.2); n > 0; n--) Answer(day);
            for (var n = Poisson(0.9); n > 0; n--) Complain(day);
        }
    }

    private void AddMarket(string code, string name, Person owner, DateOnly identified, DateOnly? validated, DateOnly? launched)
    {
        if (identified > Until) return;
        var status = launched <= Until ? MarketStatus.Launched : validated <= Until ? MarketStatus.Validated : MarketStatus.Identified;
        Markets.Add(new Market(code, name, owner.Id, status, identified, validated, launched));
    }

    /// <summary>About 45 % promoters and 12 % detractors: an NPS a little above the 32 the key result starts from.</summary>
    private void Answer(DateOnly day)
    {
        var r = random.NextDouble();
        var promoters = Along(0.44, 0.47, day);
        var (score, pool) = r < promoters ? (9 + random.Next(2), texts.Promoters)
            : r < promoters + 0.43 ? (7 + random.Next(2), texts.Passives)
            : (Pick([2, 4, 5, 5, 6, 6]), texts.Detractors);
        var customer = Pick(paying.Where(a => a.Mrr > 0m).ToList()).Customer;
        SurveyAnswers.Add(new SurveyAnswer(Invariant($"S-{SurveyAnswers.Count + 1}"), customer.ExternalId, At(day), day, score,
            Chance(0.4) ? Pick(pool) : null));
    }

    /// <summary>
    /// A complaint answered within hours and resolved in about a day: the median moves from 29 h at the quarter's start to
    /// 21 h now, so later weeks keep the 24-hour limit more often. One resolved after yesterday is still open.
    /// </summary>
    private void Complain(DateOnly day)
    {
        var opened = At(day);
        var hours = Along(29, 21, day) * Spread(0.35);
        var resolved = opened.AddHours(hours);
        var firstResponse = opened.AddHours(Math.Min(hours / 2, 0.5 + 6 * random.NextDouble()));
        var done = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(resolved, Budapest)) <= Until;
        var severity = random.NextDouble() switch
        {
            < 0.4 => ComplaintSeverity.Low,
            < 0.8 => ComplaintSeverity.Medium,
            < 0.95 => ComplaintSeverity.High,
            _ => ComplaintSeverity.Critical,
        };
        Complaints.Add(new Complaint(Invariant($"T-{Complaints.Count + 1}"), Pick(paying).Customer.ExternalId, opened, day,
            firstResponse, done ? resolved : null, done ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(resolved, Budapest)) : null,
            severity, Chance(0.75) ? staff.Marton.Id : staff.Lilla.Id));
    }
}

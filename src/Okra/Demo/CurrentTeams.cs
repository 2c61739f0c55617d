using Okra.Domain.Cycles;
using Okra.Domain.Initiatives;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.People;

namespace Okra.Demo;

/// <summary>
/// The current quarter's team, shared and personal objectives, aligned to the company objectives (S4, S6, S7),
/// plus one proposed and one draft objective to show the workflow. The comments name each key result's
/// planned status today.
/// </summary>
internal static class CurrentTeams
{
    public static void Build(DemoBuilder b, DemoStaff s, DemoCycles c, Objective mrr, KeyResult customerValue, Objective annual)
    {
        var t = b.Texts;
        var q = c.Current;
        var log = new CheckInWriter(b, q);

        var sales = b.Objective(q, t.SalesObjective, ObjectiveLevel.Team, ObjectiveType.Committed, null, [s.Sales]);
        b.Align(sales, q, mrr, q);
        b.Activate(sales, s.Peter, q);
        // One key result per seller so each owns their own calls: Eszter and Réka on track, Gábor at risk, Bence off track.
        KeyResult Calls(Person seller, decimal start, decimal end)
        {
            var calls = b.KeyResult(sales, $"{t.ColdCallsKr} – {seller.Name}", seller, new RecurringSpec(PeriodUnit.Week, 20m));
            log.Recurring(calls, start, end);
            return calls;
        }
        Calls(s.Eszter, 1.1m, 1.05m);
        var gaborCalls = Calls(s.Gabor, 1.0m, 0.5m);
        Calls(s.Reka, 0.97m, 1.02m);
        Calls(s.Bence, 0.75m, 0.35m);
        // On track.
        var meetings = b.KeyResult(sales, t.MeetingsKr, s.Peter, MetricSpec.Relative(40m, 0.30m));
        log.Metric(meetings, 1m, 0m, 1m);

        var bd = b.Objective(q, t.BdObjective, ObjectiveLevel.Team, ObjectiveType.Aspirational, null, [s.BusinessDevelopment]);
        b.Align(bd, q, mrr, q);
        b.Activate(bd, s.Zoltan, q);
        // Achieved: both new markets found by mid-quarter.
        log.Metric(b.KeyResult(bd, t.NewMarketsKr, s.David, new MetricSpec(0m, 2m)), 1.5m, -0.45m, 1m, cumulative: true);
        // At risk: agreements take longer than planned.
        log.Metric(b.KeyResult(bd, t.PartnersKr, s.Katalin, new MetricSpec(0m, 10m)), 1m, 0.17m, 1m, cumulative: true);

        // S6: one objective owned by both teams, each key result owned by one person of one team.
        var shared = b.Objective(q, t.SharedObjective, ObjectiveLevel.Team, ObjectiveType.Aspirational, null,
            [s.Sales, s.BusinessDevelopment], t.SharedWhy);
        b.Align(shared, q, mrr, q);
        b.Activate(shared, s.Zoltan, q);
        // At risk: the new markets ramp up slowly.
        log.Recurring(b.KeyResult(shared, t.SharedCustomersKr, s.Eszter, new RecurringSpec(PeriodUnit.Month, 10m)), 0.5m, 0.9m);
        // On track: BD hands over more leads than promised.
        log.Recurring(b.KeyResult(shared, t.SharedLeadsKr, s.Judit, new RecurringSpec(PeriodUnit.Month, 30m)), 1.05m, 1.15m);

        // The annual objective's child in this quarter.
        var growth = b.Objective(q, t.AnnualCurrentObjective, ObjectiveLevel.Team, ObjectiveType.Committed, null, [s.Sales]);
        b.Align(growth, q, annual, c.Year);
        b.Activate(growth, s.Peter, q);
        // On track.
        var revenue = b.KeyResult(growth, t.NewRevenueKr, s.Peter, MetricSpec.Relative(11_800_000m, 0.10m), KeyResultUnit.Currency, "HUF");
        log.Metric(revenue, 0.95m, 0.03m, 10_000m);
        // At risk.
        log.Metric(b.KeyResult(growth, t.WinRateKr, s.Reka, new MetricSpec(20m, 25m), KeyResultUnit.Percent), 1m, 0.18m, 0.1m);

        Personal(b, s, c, (sales, meetings), gaborCalls, (mrr, customerValue));
    }

    private static void Personal(DemoBuilder b, DemoStaff s, DemoCycles c, (Objective Objective, KeyResult KeyResult) meetings,
        KeyResult gaborCalls, (Objective Objective, KeyResult KeyResult) customerValue)
    {
        var sales = meetings.Objective;
        var t = b.Texts;
        var q = c.Current;
        var log = new CheckInWriter(b, q);

        var eszter = b.Objective(q, t.MeetingsPersonalObjective, ObjectiveLevel.Personal, ObjectiveType.Committed, s.Eszter, []);
        b.Align(eszter, q, sales, q, meetings.KeyResult);
        b.Activate(eszter, s.Peter, q);
        // On track.
        log.Recurring(b.KeyResult(eszter, t.MeetingsPersonalKr, s.Eszter, new RecurringSpec(PeriodUnit.Month, 12m)), 1.05m, 1.1m);

        var gabor = b.Objective(q, t.PitchObjective, ObjectiveLevel.Personal, ObjectiveType.Aspirational, s.Gabor, []);
        b.Align(gabor, q, sales, q, gaborCalls);
        b.Activate(gabor, s.Peter, q);
        // Off track: the new script is still being rolled out.
        var conversion = b.KeyResult(gabor, t.ConversionKr, s.Gabor, new MetricSpec(10m, 15m), KeyResultUnit.Percent);
        log.Metric(conversion, 0.8m, 0.38m, 0.1m);
        b.Initiative(conversion, t.CallScript, InitiativeStatus.InProgress);

        // Waiting for the sales director's approval: no check-ins yet.
        var reka = b.Objective(q, t.AccountsObjective, ObjectiveLevel.Personal, ObjectiveType.Aspirational, s.Reka, []);
        b.Align(reka, q, customerValue.Objective, q, customerValue.KeyResult);
        b.KeyResult(reka, t.UpsellKr, s.Reka, new MetricSpec(0m, 5m));
        reka.MoveTo(ObjectiveStatus.Proposed, s.Reka.Id, b.At(q.StartDate));

        // Still being written by customer success, for the key result it will feed.
        var programme = b.Objective(q, t.UpsellProgrammeObjective, ObjectiveLevel.Team, ObjectiveType.Aspirational, null, [s.CustomerSuccess]);
        b.Align(programme, q, customerValue.Objective, q, customerValue.KeyResult);
        b.KeyResult(programme, t.UpsellOpportunitiesKr, s.Marton, new MetricSpec(0m, 15m));
    }
}

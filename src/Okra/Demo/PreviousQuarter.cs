using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;

namespace Okra.Demo;

/// <summary>
/// The annual shared objective (S6) and the previous quarter, lived through and closed: its results are
/// the baselines of the current quarter (MRR 48 M, 40 meetings a month, 11.8 M new-customer revenue).
/// </summary>
internal static class PreviousQuarter
{
    /// <summary>The annual objective of sales and business development; it has no key results of its own.</summary>
    public static Objective Annual(DemoBuilder b, DemoStaff s, DemoCycles c)
    {
        var t = b.Texts;
        var annual = b.Objective(c.Year, t.AnnualObjective, ObjectiveLevel.Company, ObjectiveType.Aspirational,
            null, [s.Sales, s.BusinessDevelopment], t.AnnualWhy);
        b.Activate(annual, s.Anna, c.Year);
        return annual;
    }

    public static void Build(DemoBuilder b, DemoStaff s, DemoCycles c, Objective annual)
    {
        var t = b.Texts;
        var q = c.Previous;
        var log = new CheckInWriter(b, q);
        var closing = new List<Objective>();
        Objective Team(string title, ObjectiveType type, params Domain.Teams.Team[] teams)
        {
            var objective = b.Objective(q, title, ObjectiveLevel.Team, type, null, teams);
            closing.Add(objective);
            return objective;
        }

        var customerBase = b.Objective(q, t.CustomerBaseObjective, ObjectiveLevel.Company, ObjectiveType.Committed, null, [s.Leadership]);
        closing.Add(customerBase);
        var contracts = b.KeyResult(customerBase, t.ContractsKr, s.Peter, new RecurringSpec(PeriodUnit.Month, 20m));
        log.Recurring(contracts, 0.85m, 1.05m);
        var mrr = b.KeyResult(customerBase, t.MrrStepKr, s.Anna, new MetricSpec(44_000_000m, 48_000_000m), KeyResultUnit.Currency, "HUF");
        log.Metric(mrr, 0.9m, -0.01m, 10_000m);

        var listen = b.Objective(q, t.ListenObjective, ObjectiveLevel.Company, ObjectiveType.Aspirational, null, [s.Leadership]);
        closing.Add(listen);
        log.Milestone(b.KeyResult(listen, t.SurveyKr, s.Lilla, new MilestoneSpec()), doneAt: 0.75m);
        var complaints = b.KeyResult(listen, t.ComplaintsStepKr, s.Marton,
            new ThresholdSpec(Comparison.AtMost, 36m, null, PeriodUnit.Week), KeyResultUnit.Hours);
        log.Threshold(complaints, 44m, 29m, 0.5m, 0.5m);

        var rhythm = Team(t.RhythmObjective, ObjectiveType.Committed, s.Sales);
        b.Align(rhythm, q, customerBase, q);
        log.Recurring(b.KeyResult(rhythm, t.TeamCallsKr, s.Peter, new RecurringSpec(PeriodUnit.Week, 80m)), 0.85m, 1.05m);
        log.Metric(b.KeyResult(rhythm, t.MeetingsStepKr, s.Peter, new MetricSpec(32m, 40m)), 0.9m, 0m, 1m);

        var markets = Team(t.MapMarketsObjective, ObjectiveType.Aspirational, s.BusinessDevelopment);
        b.Align(markets, q, customerBase, q);
        log.Metric(b.KeyResult(markets, t.NewMarketsKr, s.David, new MetricSpec(0m, 2m)), 0.6m, 0.5m, 1m, cumulative: true);

        var groundwork = Team(t.AnnualPreviousObjective, ObjectiveType.Aspirational, s.Sales);
        if (c.YearHoldsPrevious) b.Align(groundwork, q, annual, c.Year);
        var revenue = b.KeyResult(groundwork, t.NewRevenueStepKr, s.Peter, new MetricSpec(11_000_000m, 12_000_000m), KeyResultUnit.Currency, "HUF");
        log.Metric(revenue, 1m, 0.2m, 10_000m);

        // The quarter is over: everything was approved at its start and closed at its end.
        foreach (var objective in closing)
        {
            var approver = objective.Level == ObjectiveLevel.Company ? s.Anna
                : objective.OwnerTeams[0].TeamId == s.Sales.Id ? s.Peter : s.Zoltan;
            b.Activate(objective, approver, q);
            objective.MoveTo(ObjectiveStatus.Closed, approver.Id, b.At(q.EndDate));
        }
    }
}

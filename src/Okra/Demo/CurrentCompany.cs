using Okra.Domain.Cycles;
using Okra.Domain.Initiatives;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;

namespace Okra.Demo;

/// <summary>
/// The current quarter's company objectives: MRR +20 % (S1) and NPS +25 % (S3). The comments on each key
/// result name the status it is planned to have today (the pace and shortfall are chosen for it).
/// </summary>
internal static class CurrentCompany
{
    /// <summary>Builds both objectives and returns the MRR objective and its customer-value key result.</summary>
    public static (Objective Mrr, KeyResult CustomerValue) Build(DemoBuilder b, DemoStaff s, DemoCycles c)
    {
        var t = b.Texts;
        var q = c.Current;
        var log = new CheckInWriter(b, q);

        var mrrObjective = b.Objective(q, t.MrrObjective, ObjectiveLevel.Company, ObjectiveType.Committed, null, [s.Leadership], t.MrrWhy);
        b.Activate(mrrObjective, s.Anna, q);
        // At risk: a strong start, then several big deals slip.
        var mrr = b.KeyResult(mrrObjective, t.MrrKr, s.Anna, MetricSpec.Relative(48_000_000m, 0.20m), KeyResultUnit.Currency, "HUF");
        log.Metric(mrr, 1.05m, 0.17m, 10_000m);
        // On track: close to 50 a month.
        var newCustomers = b.KeyResult(mrrObjective, t.NewCustomersKr, s.Peter, new RecurringSpec(PeriodUnit.Month, 50m));
        log.Recurring(newCustomers, 0.97m, 1.02m);
        // On track: the upsell campaign pays off.
        var customerValue = b.KeyResult(mrrObjective, t.CustomerValueKr, s.Lilla, MetricSpec.Relative(320_000m, 0.15m), KeyResultUnit.Currency, "HUF");
        log.Metric(customerValue, 0.9m, -0.02m, 1_000m);
        b.Initiative(customerValue, t.UpsellCampaign, InitiativeStatus.InProgress);

        var npsObjective = b.Objective(q, t.NpsObjective, ObjectiveLevel.Company, ObjectiveType.Aspirational, null, [s.Leadership], t.NpsWhy);
        b.Activate(npsObjective, s.Anna, q);
        // Off track: NPS barely moves and confidence sinks.
        var nps = b.KeyResult(npsObjective, t.NpsKr, s.Lilla, MetricSpec.Relative(32m, 0.25m), KeyResultUnit.Score);
        log.Metric(nps, 0.9m, 0.38m, 1m);
        // On track: a checklist of three weighted steps, two done by late in the quarter.
        var survey = b.KeyResult(npsObjective, t.SurveyKr, s.Marton, new MilestoneSpec(Checklist: true));
        log.Checklist(survey, (t.SurveyQuestionnaire, 1m, 0.15m), (t.SurveySend, 2m, 0.45m), (t.SurveyAnalyse, 2m, 0.85m));
        // At risk: handling time falls below 24 h only in the second half, so few weeks have met the limit.
        var complaints = b.KeyResult(npsObjective, t.ComplaintsKr, s.Marton,
            new ThresholdSpec(Comparison.AtMost, 24m, null, PeriodUnit.Week), KeyResultUnit.Hours);
        log.Threshold(complaints, 29m, 21m, 0.17m, 0.5m);

        return (mrrObjective, customerValue);
    }
}

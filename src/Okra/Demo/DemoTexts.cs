using Okra.Domain.Common;

namespace Okra.Demo;

/// <summary>
/// Every user-visible text of the demo organisation, one instance per language. The properties are
/// required so that a text added to one language cannot be forgotten in the other.
/// </summary>
internal sealed partial record DemoTexts
{
    /// <summary>The texts for <paramref name="locale"/> (<c>en</c> or <c>hu</c>).</summary>
    public static DemoTexts For(string locale) => locale == Locale.English ? English : Hungarian;

    // Organisation and teams.
    public required string OrganisationName { get; init; }
    public required string Leadership { get; init; }
    public required string Sales { get; init; }
    public required string BusinessDevelopment { get; init; }
    public required string CustomerSuccess { get; init; }

    // Job titles.
    public required string Ceo { get; init; }
    public required string SalesDirector { get; init; }
    public required string AccountExecutive { get; init; }
    public required string SalesDevelopment { get; init; }
    public required string BdLead { get; init; }
    public required string BdManager { get; init; }
    public required string MarketAnalyst { get; init; }
    public required string PartnershipManager { get; init; }
    public required string CsLead { get; init; }
    public required string CsManager { get; init; }

    // Current quarter: company objectives (S1, S3).
    public required string MrrObjective { get; init; }
    public required string MrrWhy { get; init; }
    public required string MrrKr { get; init; }
    public required string NewCustomersKr { get; init; }
    public required string CustomerValueKr { get; init; }
    public required string UpsellCampaign { get; init; }
    public required string NpsObjective { get; init; }
    public required string NpsWhy { get; init; }
    public required string NpsKr { get; init; }
    public required string SurveyKr { get; init; }
    public required string SurveyQuestionnaire { get; init; }
    public required string SurveySend { get; init; }
    public required string SurveyAnalyse { get; init; }
    public required string ComplaintsKr { get; init; }

    // Current quarter: team, shared and personal objectives (S4, S6).
    public required string SalesObjective { get; init; }
    public required string ColdCallsKr { get; init; }
    public required string MeetingsKr { get; init; }
    public required string BdObjective { get; init; }
    public required string NewMarketsKr { get; init; }
    public required string PartnersKr { get; init; }
    public required string SharedObjective { get; init; }
    public required string SharedWhy { get; init; }
    public required string SharedCustomersKr { get; init; }
    public required string SharedLeadsKr { get; init; }
    public required string MeetingsPersonalObjective { get; init; }
    public required string MeetingsPersonalKr { get; init; }
    public required string PitchObjective { get; init; }
    public required string ConversionKr { get; init; }
    public required string CallScript { get; init; }
    public required string AccountsObjective { get; init; }
    public required string UpsellKr { get; init; }
    public required string UpsellProgrammeObjective { get; init; }
    public required string UpsellOpportunitiesKr { get; init; }

    // The annual shared objective and its quarterly children (S6).
    public required string AnnualObjective { get; init; }
    public required string AnnualWhy { get; init; }
    public required string AnnualCurrentObjective { get; init; }
    public required string NewRevenueKr { get; init; }
    public required string WinRateKr { get; init; }
    public required string AnnualPreviousObjective { get; init; }
    public required string NewRevenueStepKr { get; init; }

    // Previous quarter.
    public required string CustomerBaseObjective { get; init; }
    public required string ContractsKr { get; init; }
    public required string MrrStepKr { get; init; }
    public required string ListenObjective { get; init; }
    public required string ComplaintsStepKr { get; init; }
    public required string RhythmObjective { get; init; }
    public required string TeamCallsKr { get; init; }
    public required string MeetingsStepKr { get; init; }
    public required string MapMarketsObjective { get; init; }

    // Check-in comments, picked by how a key result is doing.
    public required IReadOnlyList<string> Good { get; init; }
    public required IReadOnlyList<string> Watch { get; init; }
    public required IReadOnlyList<string> Behind { get; init; }
    public required IReadOnlyList<string> Blockers { get; init; }
    public required IReadOnlyList<string> Pending { get; init; }
    public required string Done { get; init; }
    public required string StepFinished { get; init; }
    public required IReadOnlyList<string> LimitMet { get; init; }
    public required IReadOnlyList<string> LimitBroken { get; init; }
}

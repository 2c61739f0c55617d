namespace Okra.Demo;

internal sealed partial record DemoTexts
{
    /// <summary>English texts; the examples follow the seed document's wording.</summary>
    public static DemoTexts English { get; } = new()
    {
        OrganisationName = "Okra Demo Ltd.",
        Leadership = "Leadership",
        Sales = "Sales",
        BusinessDevelopment = "Business Development",
        CustomerSuccess = "Customer Success",

        Ceo = "Chief Executive Officer",
        SalesDirector = "Sales Director",
        AccountExecutive = "Account Executive",
        SalesDevelopment = "Sales Development Representative",
        BdLead = "Head of Business Development",
        BdManager = "Business Development Manager",
        MarketAnalyst = "Market Analyst",
        PartnershipManager = "Partnership Manager",
        CsLead = "Head of Customer Success",
        CsManager = "Customer Success Manager",

        MrrObjective = "Increase monthly recurring revenue (MRR) by 20%",
        MrrWhy = "Recurring revenue funds our growth: new customers and higher customer value together.",
        MrrKr = "Grow MRR by 20%",
        NewCustomersKr = "Win 50 new customers a month",
        CustomerValueKr = "Raise average customer value by 15%",
        UpsellCampaign = "Upsell campaign for existing customers",
        NpsObjective = "Raise customer satisfaction (NPS) by 25%",
        NpsWhy = "Happy customers stay, buy more and recommend us.",
        NpsKr = "Raise NPS by 25%",
        SurveyKr = "Run the quarterly customer satisfaction survey",
        SurveyQuestionnaire = "Draft the questionnaire",
        SurveySend = "Send the survey to customers",
        SurveyAnalyse = "Analyse and present the results",
        ComplaintsKr = "Cut complaint handling time to 24 hours",

        SalesObjective = "Step up our sales activity",
        ColdCallsKr = "20 cold calls a week",
        MeetingsKr = "Raise monthly sales meetings by 30%",
        BdObjective = "Open up new markets",
        NewMarketsKr = "Identify new markets twice a quarter",
        PartnersKr = "Sign 10 partner agreements in the new markets",
        SharedObjective = "Win customers in the new markets, together",
        SharedWhy = "Business development maps the new markets; sales wins the customers in them.",
        SharedCustomersKr = "Win 10 new customers a month from the new markets",
        SharedLeadsKr = "Hand 30 qualified leads a month from the new markets to sales",
        MeetingsPersonalObjective = "Book more first meetings",
        MeetingsPersonalKr = "12 sales meetings a month",
        PitchObjective = "Sharpen my cold-call pitch",
        ConversionKr = "Raise call-to-meeting conversion from 10% to 15%",
        CallScript = "New cold-call script and objection-handling training",
        AccountsObjective = "Grow my key accounts",
        UpsellKr = "Upsell to 5 existing customers",
        UpsellProgrammeObjective = "Launch an upsell and cross-sell programme for key accounts",
        UpsellOpportunitiesKr = "Identify 15 upsell opportunities",

        AnnualObjective = "Grow new-customer revenue by 15% in a year",
        AnnualWhy = "A shared annual goal of sales and business development; the quarterly objectives roll up into it.",
        AnnualCurrentObjective = "Accelerate revenue from new customers",
        NewRevenueKr = "Raise monthly new-customer revenue by 10%",
        WinRateKr = "Raise the win rate from 20% to 25%",
        AnnualPreviousObjective = "Lay the groundwork for new-customer revenue growth",
        NewRevenueStepKr = "Monthly new-customer revenue from HUF 11.0 M to HUF 12.0 M",

        CustomerBaseObjective = "Grow the customer base",
        ContractsKr = "Sign 20 new contracts a month",
        MrrStepKr = "Grow MRR from HUF 44 M to HUF 48 M",
        ListenObjective = "Listen better to our customers",
        ComplaintsStepKr = "Complaint handling time at most 36 hours",
        RhythmObjective = "Build a steady prospecting rhythm",
        TeamCallsKr = "80 cold calls a week as a team",
        MeetingsStepKr = "Monthly sales meetings from 32 to 40",
        MapMarketsObjective = "Map the markets of the region",

        Good =
        [
            "Good week, keeping pace.", "On plan.", "Strong week, good progress.",
            "Steady, nothing to flag.", "Better than last week.", "Everything going to plan.",
        ],
        Watch =
        [
            "Slightly behind, catching up next week.", "Slower week, several customers postponed.",
            "Needs watching, the pace is dropping.", "Part of it slips into next month.",
        ],
        Behind =
        [
            "Well behind, we need support.", "Missed the week, re-planning.",
            "Falling short of the target, reviewing the approach.", "Weak week, too little activity.",
        ],
        Blockers =
        [
            "Too few qualified leads.", "The CRM was down for two days.", "Less capacity because of holidays.",
            "Slow decisions on the customers' side.", "Waiting for another team's input.",
        ],
        Pending = ["Preparation under way.", "On schedule.", "Working on the next step."],
        Done = "Done!",
        StepFinished = "Finished:",
        LimitMet = ["Within the limit.", "Faster complaint handling, holding the level."],
        LimitBroken = ["Over the limit, many new complaints.", "Processing was slow, a colleague was out."],
    };
}

using Okra.Domain.Common;

namespace Okra.Demo;

/// <summary>
/// The texts of the demo's sales data in one language: what a CRM would hold (company names, outcomes, survey
/// comments, market names). Kept apart from <see cref="DemoTexts"/>, which holds the OKRs' texts.
/// </summary>
internal sealed record DemoSalesTexts(
    IReadOnlyList<string> CompanyStems, IReadOnlyList<string> Industries,
    IReadOnlyList<string> ColdCallOutcomes, IReadOnlyList<string> CallOutcomes, IReadOnlyList<string> MeetingOutcomes,
    IReadOnlyList<string> Promoters, IReadOnlyList<string> Passives, IReadOnlyList<string> Detractors,
    string Slovakia, string Czechia, string Poland, string Romania, string Slovenia,
    string NewDeal, string UpsellDeal, string CrossSellDeal)
{
    private static readonly string[] Stems =
    [
        "Duna", "Tisza", "Balaton", "Mátra", "Pannon", "Alföld", "Bakony", "Zemplén", "Hegyalja", "Kőrös", "Rába", "Dráva",
        "Vértes", "Bükk", "Hortobágy", "Sió", "Zala", "Pilis", "Tokaj", "Őrség", "Kékes", "Mecsek", "Hanság", "Jászság",
    ];

    public static DemoSalesTexts For(string locale) => locale == Locale.English ? English : Hungarian;

    public static DemoSalesTexts English { get; } = new(Stems,
        ["Logistics", "Machinery", "Furniture", "Foods", "Print", "Software", "Construction", "Agro", "Pharma", "Retail", "Textiles", "Energy"],
        ["no answer", "no answer", "connected", "connected", "meeting booked", "not interested", "call back later"],
        ["connected", "left a voicemail", "follow-up agreed", "sent the offer"],
        ["next step agreed", "offer requested", "needs the board's approval", "demo requested"],
        ["Quick support and a product that just works.", "The reports save us hours every week.", "Our account manager knows our business."],
        ["Good overall, but the invoicing screen is slow.", "Fine, the Hungarian manual could be better.", "Does the job."],
        ["Support took two days to answer.", "Too expensive for what we use.", "The last update broke our export."],
        "Slovakia", "Czechia", "Poland – logistics SMEs", "Romania – food industry", "Slovenia",
        "new subscription", "upsell", "cross-sell");

    public static DemoSalesTexts Hungarian { get; } = new(Stems,
        ["Logisztika", "Gépgyártó", "Bútor", "Élelmiszer", "Nyomda", "Szoftver", "Építő", "Agro", "Gyógyszer", "Kereskedelmi", "Textil", "Energia"],
        ["nem vette fel", "nem vette fel", "beszéltünk", "beszéltünk", "találkozó egyeztetve", "nem érdekli", "később hívjuk vissza"],
        ["beszéltünk", "hangüzenetet hagytam", "követő lépés egyeztetve", "ajánlatot küldtem"],
        ["következő lépés egyeztetve", "ajánlatot kértek", "igazgatósági jóváhagyás kell", "bemutatót kértek"],
        ["Gyors ügyfélszolgálat, a termék egyszerűen működik.", "A riportok heti órákat spórolnak nekünk.", "A kapcsolattartónk ismeri az üzletünket."],
        ["Összességében jó, de a számlázó képernyő lassú.", "Rendben van, a magyar kézikönyv lehetne jobb.", "Elvégzi a dolgát."],
        ["Az ügyfélszolgálat két nap múlva válaszolt.", "Túl drága ahhoz képest, amit használunk.", "Az utolsó frissítés elrontotta az exportot."],
        "Szlovákia", "Csehország", "Lengyelország – logisztikai kkv-k", "Románia – élelmiszeripar", "Szlovénia",
        "új előfizetés", "bővítés", "keresztértékesítés");
}

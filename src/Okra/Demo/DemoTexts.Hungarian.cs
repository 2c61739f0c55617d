namespace Okra.Demo;

internal sealed partial record DemoTexts
{
    /// <summary>Magyar szövegek; a példák a seed dokumentum megfogalmazását követik.</summary>
    public static DemoTexts Hungarian { get; } = new()
    {
        OrganisationName = "Okra Demo Kft.",
        Leadership = "Vezetőség",
        Sales = "Értékesítés",
        BusinessDevelopment = "Üzletfejlesztés",
        CustomerSuccess = "Ügyfélsiker",

        Ceo = "Ügyvezető igazgató",
        SalesDirector = "Értékesítési igazgató",
        AccountExecutive = "Kereskedelmi képviselő",
        SalesDevelopment = "Telefonos értékesítő",
        BdLead = "Üzletfejlesztési vezető",
        BdManager = "Üzletfejlesztési menedzser",
        MarketAnalyst = "Piacelemző",
        PartnershipManager = "Partnerkapcsolati menedzser",
        CsLead = "Ügyfélsiker-vezető",
        CsManager = "Ügyfélkapcsolati menedzser",

        MrrObjective = "Növeljük a havi visszatérő bevételt (MRR) 20%-kal",
        MrrWhy = "A visszatérő bevétel a növekedésünk alapja: új ügyfelek és nagyobb ügyfélérték együtt.",
        MrrKr = "MRR növelése 20%-kal",
        NewCustomersKr = "Havi 50 új ügyfél megszerzése",
        CustomerValueKr = "Átlagos ügyfélérték növelése 15%-kal",
        UpsellCampaign = "Upsell-kampány a meglévő ügyfeleknek",
        NpsObjective = "Növeljük az ügyfél-elégedettségi mutatót (NPS) 25%-kal",
        NpsWhy = "Az elégedett ügyfél marad, többet vásárol és ajánl minket.",
        NpsKr = "NPS növelése 25%-kal",
        SurveyKr = "Negyedéves ügyfél-elégedettségi felmérés lebonyolítása",
        SurveyQuestionnaire = "Kérdőív összeállítása",
        SurveySend = "Felmérés kiküldése az ügyfeleknek",
        SurveyAnalyse = "Eredmények elemzése és bemutatása",
        ComplaintsKr = "Az ügyfélpanaszok feldolgozási idejének csökkentése 24 órára",

        SalesObjective = "Pörgessük fel az értékesítési aktivitást",
        ColdCallsKr = "Heti 20 hideghívás",
        MeetingsKr = "Havi értékesítési találkozók számának növelése 30%-kal",
        BdObjective = "Nyissunk új piacok felé",
        NewMarketsKr = "Új piacok azonosítása negyedévente két alkalommal",
        PartnersKr = "10 partnerszerződés megkötése az új piacokon",
        SharedObjective = "Szerezzünk ügyfeleket az új piacokon – közösen",
        SharedWhy = "Az üzletfejlesztés feltérképezi az új piacokat, az értékesítés megszerzi ott az ügyfeleket.",
        SharedCustomersKr = "Havi 10 új ügyfél megszerzése az új piacokról",
        SharedLeadsKr = "Havi 30 minősített lead átadása az értékesítésnek az új piacokról",
        MeetingsPersonalObjective = "Több első találkozót szervezek",
        MeetingsPersonalKr = "Havi 12 értékesítési találkozó",
        PitchObjective = "Csiszolom a hideghívásos nyitómat",
        ConversionKr = "Hívásból találkozó konverzió növelése 10%-ról 15%-ra",
        CallScript = "Új hideghívás-forgatókönyv és kifogáskezelési tréning",
        AccountsObjective = "Bővítem a kulcsügyfeleimet",
        UpsellKr = "Kiegészítő értékesítés 5 meglévő ügyfélnek",
        UpsellProgrammeObjective = "Indítsunk upsell- és cross-sell-programot a kulcsügyfeleknek",
        UpsellOpportunitiesKr = "15 upsell-lehetőség azonosítása",

        AnnualObjective = "Az új ügyfélbevételek növelése 15%-kal egy év alatt",
        AnnualWhy = "Az értékesítés és az üzletfejlesztés közös éves célja; a negyedéves célok ide kapcsolódnak.",
        AnnualCurrentObjective = "Gyorsítsuk az új ügyfelekből származó bevételt",
        NewRevenueKr = "Havi új ügyfélbevétel növelése 10%-kal",
        WinRateKr = "Nyerési arány növelése 20%-ról 25%-ra",
        AnnualPreviousObjective = "Alapozzuk meg az új ügyfélbevételek növekedését",
        NewRevenueStepKr = "Havi új ügyfélbevétel: 11,0 M Ft-ról 12,0 M Ft-ra",

        CustomerBaseObjective = "Bővítsük az ügyfélkört",
        ContractsKr = "Havi 20 új szerződés megkötése",
        MrrStepKr = "MRR növelése 44 M Ft-ról 48 M Ft-ra",
        ListenObjective = "Halljuk meg jobban az ügyfeleinket",
        ComplaintsStepKr = "Panaszkezelési idő legfeljebb 36 óra",
        RhythmObjective = "Építsünk egyenletes prospektálási ritmust",
        TeamCallsKr = "Heti 80 hideghívás csapatszinten",
        MeetingsStepKr = "Havi értékesítési találkozók: 32-ről 40-re",
        MapMarketsObjective = "Térképezzük fel a régió piacait",

        Good =
        [
            "Jó hét, tartjuk az ütemet.", "A terv szerint haladunk.", "Erős hét, jól haladtunk.",
            "Stabil, nincs teendő.", "Jobb, mint a múlt héten.", "Minden a terv szerint alakul.",
        ],
        Watch =
        [
            "Kicsit lemaradtunk, jövő héten pótoljuk.", "Lassabb hét, több ügyfél halasztott.",
            "Figyelni kell, csökken a tempó.", "Egy része átcsúszik a következő hónapra.",
        ],
        Behind =
        [
            "Komoly a lemaradás, segítség kell.", "Nem hoztuk a hetet, újratervezünk.",
            "Elmaradunk a céltól, átnézzük a megközelítést.", "Gyenge hét, kevés volt az aktivitás.",
        ],
        Blockers =
        [
            "Kevés a minősített lead.", "Két napig nem működött a CRM.", "A szabadságok miatt kisebb a kapacitás.",
            "Lassú a döntéshozatal az ügyfeleknél.", "Egy másik csapat visszajelzésére várunk.",
        ],
        Pending = ["Az előkészítés folyamatban.", "Ütemterv szerint haladunk.", "Dolgozunk a következő lépésen."],
        Done = "Elkészült!",
        StepFinished = "Kész:",
        LimitMet = ["A határon belül vagyunk.", "Gyorsabb a panaszkezelés, tartjuk a szintet."],
        LimitBroken = ["Túlléptük a határt, sok volt az új panasz.", "Lassú volt a feldolgozás, hiányzott egy kolléga."],
    };
}

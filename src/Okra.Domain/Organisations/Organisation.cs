using Okra.Domain.Common;
using Okra.Domain.Cycles;
using Okra.Domain.Progress;

namespace Okra.Domain.Organisations;

/// <summary>The one company a deployment serves, with its currency, language, fiscal year and status tolerances.</summary>
public sealed class Organisation
{
    private Organisation() { }

    /// <summary>Creates an organisation; every argument is validated.</summary>
    public Organisation(string name, string currency = "HUF", string locale = Common.Locale.Hungarian, int fiscalYearStartMonth = 1)
    {
        Id = Guid.CreateVersion7();
        Update(name, currency, locale, fiscalYearStartMonth, StatusTolerances.Default);
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Display name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>ISO 4217 code of the default currency.</summary>
    public string Currency { get; private set; } = "HUF";

    /// <summary>Default locale for new people and for demo texts.</summary>
    public string Locale { get; private set; } = Common.Locale.Hungarian;

    /// <summary>Month (1–12) in which the fiscal year starts.</summary>
    public int FiscalYearStartMonth { get; private set; } = 1;

    /// <summary>Allowed shortfall behind expected progress for on track.</summary>
    public decimal OnTrackTolerance { get; private set; } = 0.10m;

    /// <summary>Allowed shortfall behind expected progress for at risk.</summary>
    public decimal AtRiskTolerance { get; private set; } = 0.25m;

    /// <summary>The tolerances as a validated value.</summary>
    public StatusTolerances Tolerances => new(OnTrackTolerance, AtRiskTolerance);

    /// <summary>The fiscal calendar.</summary>
    public FiscalCalendar Calendar => new(FiscalYearStartMonth);

    /// <summary>Changes the settings; all are validated before any is applied.</summary>
    public void Update(string name, string currency, string locale, int fiscalYearStartMonth, StatusTolerances tolerances)
    {
        var validName = Guard.Text(name, "name");
        var validCurrency = Common.Currency.Parse(currency).Code;
        var validLocale = Common.Locale.Parse(locale);
        var validMonth = Guard.InRange(fiscalYearStartMonth, 1, 12, "fiscalYearStartMonth");
        Name = validName;
        Currency = validCurrency;
        Locale = validLocale;
        FiscalYearStartMonth = validMonth;
        OnTrackTolerance = tolerances.OnTrack;
        AtRiskTolerance = tolerances.AtRisk;
    }
}

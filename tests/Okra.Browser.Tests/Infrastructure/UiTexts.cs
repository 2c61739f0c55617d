namespace Okra.Browser.Tests.Infrastructure;

/// <summary>What the UI writes for the API's values, in each language: a test reads them as a person would.</summary>
public static class UiTexts
{
    public static string Status(string apiStatus, string language) => (apiStatus, language) switch
    {
        ("notStarted", "en") => "Not started",
        ("onTrack", "en") => "On track",
        ("atRisk", "en") => "At risk",
        ("offTrack", "en") => "Off track",
        ("achieved", "en") => "Achieved",
        ("notStarted", "hu") => "Még nem indult",
        ("onTrack", "hu") => "Terv szerint",
        ("atRisk", "hu") => "Veszélyben",
        ("offTrack", "hu") => "Lemaradásban",
        ("achieved", "hu") => "Teljesítve",
        _ => throw new ArgumentOutOfRangeException(nameof(apiStatus), $"{apiStatus} in {language}"),
    };
}

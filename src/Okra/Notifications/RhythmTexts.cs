using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Okra.Notifications;

/// <summary>
/// The texts of reminders, digests, notifications, webhooks and the missing check-ins and webhook admin views:
/// <c>RhythmTexts.resx</c> (English) and <c>RhythmTexts.hu.resx</c> (Hungarian) beside this file.
/// </summary>
public sealed class RhythmTexts;

/// <summary>Renders texts in a given language, e.g. a recipient's, whatever the current request's language is.</summary>
public sealed class LocalizedTexts(IStringLocalizer<RhythmTexts> texts, IStringLocalizer<Resources.SharedResource> shared)
{
    /// <summary>Runs <paramref name="render"/> with <paramref name="locale"/> as the UI culture.</summary>
    public T In<T>(string locale, Func<IStringLocalizer<RhythmTexts>, IStringLocalizer<Resources.SharedResource>, T> render)
    {
        var previous = CultureInfo.CurrentUICulture;
        var previousFormat = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(locale);
            return render(texts, shared);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }
    }
}

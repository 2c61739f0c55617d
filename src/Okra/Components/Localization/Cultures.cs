using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Okra.Domain.Common;

namespace Okra.Components.Localization;

/// <summary>
/// The UI's languages: the culture cookie (set at sign-in and by the language switch) wins, then the signed-in person's
/// locale, then the browser's languages, then English.
/// </summary>
public static class Cultures
{
    /// <summary>Every UI culture, one per <see cref="Locale"/> tag.</summary>
    public static IReadOnlyList<CultureInfo> Supported { get; } = Locale.All.Select(CultureInfo.GetCultureInfo).ToList();

    public static IServiceCollection AddOkraCultures(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Locale.English);
            o.SupportedCultures = [.. Supported];
            o.SupportedUICultures = [.. Supported];
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new PersonCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

    public static IApplicationBuilder UseOkraRequestLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>Remembers <paramref name="locale"/> in the browser for a year.</summary>
    public static void Remember(HttpResponse response, string locale) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(locale)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Path = "/" });
}

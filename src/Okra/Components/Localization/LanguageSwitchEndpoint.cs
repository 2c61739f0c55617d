using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Components.Common;
using Okra.Data;
using Okra.Domain.Common;

namespace Okra.Components.Localization;

/// <summary>
/// The language switch's form post: remembers the choice in the culture cookie and, when someone is signed in, in their
/// own person record, so that it follows them to another browser.
/// </summary>
public static class LanguageSwitchEndpoint
{
    public const string Route = "/account/language";

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        // Form binding makes the endpoint check the antiforgery token.
        app.MapPost(Route, Handle).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<RedirectHttpResult, BadRequest>> Handle(
        [FromForm] string culture, [FromForm] string? returnUrl, HttpContext http, OkraDbContext db, CancellationToken ct)
    {
        if (!Locale.All.Contains(culture)) return TypedResults.BadRequest();
        if (Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            && await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => (Guid?)u.PersonId).FirstOrDefaultAsync(ct) is { } personId
            && await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct) is { } person
            && person.Locale != culture)
        {
            person.Update(person.Name, person.Email, culture, person.JobTitle);
            await db.SaveChangesAsync(ct);
        }
        Cultures.Remember(http.Response, culture);
        return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}

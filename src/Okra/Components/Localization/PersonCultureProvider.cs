using System.Security.Claims;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Okra.Data;

namespace Okra.Components.Localization;

/// <summary>The signed-in person's locale, for pages requested without the culture cookie (the API keeps its own answers).</summary>
internal sealed class PersonCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (httpContext.Request.Path.StartsWithSegments("/api")) return null;
        if (!Guid.TryParse(httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return null;
        var db = httpContext.RequestServices.GetRequiredService<OkraDbContext>();
        var locale = await db.Users.Where(u => u.Id == userId)
            .Join(db.People, u => u.PersonId, p => p.Id, (_, p) => p.Locale)
            .FirstOrDefaultAsync(httpContext.RequestAborted);
        return locale is null ? null : new ProviderCultureResult(locale);
    }
}

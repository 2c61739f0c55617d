using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Access;

namespace Okra.Components.Common;

/// <summary>Who is signed in, as components see it (an interactive circuit has no HttpContext to ask).</summary>
public sealed record Viewer(Guid UserId, Guid PersonId, string Name, string Email, string? JobTitle, AccountRole Role)
{
    public bool IsAdmin => Role == AccountRole.Admin;

    /// <summary>"KA" for Kovács Anna.</summary>
    public string Initials => string.Concat(Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));
}

/// <summary>Reads the <see cref="Viewer"/> once per circuit (or request) from the authentication state.</summary>
public sealed class SignedInPerson(AuthenticationStateProvider authentication, IServiceScopeFactory scopes)
{
    private Viewer? viewer;

    public async Task<Viewer?> GetAsync(CancellationToken ct = default)
    {
        if (viewer is not null) return viewer;
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return null;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OkraDbContext>();
        return viewer = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Join(db.People, u => u.PersonId, p => p.Id, (u, p) => new Viewer(u.Id, p.Id, p.Name, p.Email, p.JobTitle, u.Role))
            .FirstOrDefaultAsync(ct);
    }
}

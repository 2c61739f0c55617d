using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Data.Accounts;
using Okra.Domain.Access;
using Okra.Domain.Teams;

namespace Okra.Security;

/// <summary>
/// The signed-in account as an <see cref="Actor"/>, read from the database once per request (an API token's check has
/// just read it) — so a role change or a new team lead takes effect on the next request, whatever the cookie says.
/// </summary>
public sealed class CurrentActor(CallerPrincipal caller, OkraDbContext db)
{
    private static readonly CompiledQuery<Guid, OkraUser?> AccountById = new((db, id) => db.Users.AsNoTracking().FirstOrDefault(u => u.Id == id));

    private static readonly CompiledListQuery<Guid, TeamMember> MembershipsOf = new((db, person) => db.TeamMembers.AsNoTracking().Where(m => m.PersonId == person));

    private Actor? actor;
    private OkraUser? account;
    private bool accountRead;

    /// <summary>The account id from the cookie or token.</summary>
    public Guid? UserId => Guid.TryParse(caller.User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>
    /// The acting person and role without their teams, which <see cref="GetAsync"/> reads too: enough for the rules that
    /// the account alone decides (<see cref="AccessRules.IsAdminOrWritingOwner"/>). A missing account is a viewer.
    /// </summary>
    public async Task<(Guid PersonId, AccountRole Role)> AccountAsync(CancellationToken ct) =>
        await UserAsync(ct) is { } user ? (user.PersonId, user.Role) : (Guid.Empty, AccountRole.Viewer);

    /// <summary>The acting person's name when the request's authentication read it with the account (an API token), else null.</summary>
    public string? PersonName => caller.Account is { } account && account.Id == UserId ? caller.PersonName : null;

    /// <summary>The acting person's rights; an account that no longer exists acts as a viewer with no teams.</summary>
    public async Task<Actor> GetAsync(CancellationToken ct)
    {
        if (actor is not null) return actor;
        if (await UserAsync(ct) is not { } user) return actor = new Actor(Guid.Empty, AccountRole.Viewer, new HashSet<Guid>(), new HashSet<Guid>());
        var memberships = await MembershipsOf.ListAsync(db, user.PersonId, ct);
        var led = memberships.Where(m => m.Role == Domain.Teams.TeamRole.Lead).Select(m => m.TeamId).ToList();
        var parents = led.Count == 0
            ? new Dictionary<Guid, Guid?>()
            : await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ParentTeamId, ct);
        return actor = new Actor(user.PersonId, user.Role, Actor.Below(led, parents), memberships.Select(m => m.TeamId).ToHashSet());
    }

    private async Task<OkraUser?> UserAsync(CancellationToken ct)
    {
        if (accountRead) return account;
        account = UserId is not { } id ? null
            : caller.Account is { } authenticated && authenticated.Id == id ? authenticated
            : await AccountById.RunAsync(db, id, ct);
        accountRead = true;
        return account;
    }

    /// <summary>The audit name of whoever acts: their e-mail, or "anonymous".</summary>
    public string AuditName => caller.User?.FindFirstValue(ClaimTypes.Email) ?? "anonymous";
}

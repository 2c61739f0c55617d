using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.Feedback;
using Okra.Security;

namespace Okra.Feedback;

/// <summary>Applies <see cref="OneOnOneRules"/> and the feedback privacy rule to the signed-in actor.</summary>
public sealed class OneOnOneAccess(CurrentActor current, OkrScopes scopes, OkraDbContext db)
{
    public Task<Actor> ActorAsync(CancellationToken ct) => current.GetAsync(ct);

    /// <summary>Null when the actor may see <paramref name="personId"/>'s 1:1 page; else 404 for an unknown person or 403.</summary>
    public async Task<ProblemHttpResult?> SeeAsync(Guid personId, CancellationToken ct) =>
        await DecideAsync(personId, OneOnOneRules.CanSee, "Only the person, their leads and manager, and admins see their 1:1 page and development areas.", ct);

    /// <summary>Null when the actor may change <paramref name="personId"/>'s development areas.</summary>
    public async Task<ProblemHttpResult?> EditAsync(Guid personId, CancellationToken ct) =>
        await DecideAsync(personId, OneOnOneRules.CanEdit, "Only the person, their leads and manager, and admins change their development areas.", ct);

    /// <summary>True when the actor may see the person's 1:1 page, for a page deciding what to show.</summary>
    public async Task<bool> CanSeeAsync(Guid personId, CancellationToken ct) => await SeeAsync(personId, ct) is null;

    private async Task<ProblemHttpResult?> DecideAsync(Guid personId, Func<Actor, Guid, Guid?, IReadOnlyCollection<Guid>, bool> rule, string forbidden, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.ManagerId }).FirstOrDefaultAsync(ct);
        if (person is null) return Problems.NotFound("Person", personId);
        return rule(await current.GetAsync(ct), personId, person.ManagerId, await scopes.TeamsOfAsync(personId, ct)) ? null : Problems.Forbidden(forbidden);
    }
}

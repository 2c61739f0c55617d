using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Teams;

namespace Okra.Teams;

public static class TeamMembership
{
    public static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> Set(
        Guid id, Guid personId, MembershipRequest request, OkraDbContext db, CancellationToken ct)
    {
        if (await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct) is not { } team) return Problems.NotFound("Team", id);
        if (!await db.People.AnyAsync(p => p.Id == personId, ct)) return Problems.NotFound("Person", personId);
        team.SetMember(personId, request.Role ?? TeamRole.Member);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TeamResponse.From(team));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Remove(Guid id, Guid personId, OkraDbContext db, CancellationToken ct)
    {
        if (await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct) is not { } team) return Problems.NotFound("Team", id);
        if (!team.RemoveMember(personId)) return Problems.NotFound("Team member", personId);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

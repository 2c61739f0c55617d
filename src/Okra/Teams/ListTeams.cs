using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;

namespace Okra.Teams;

public static class ListTeams
{
    public static async Task<List<TeamResponse>> Handle(OkraDbContext db, bool includeArchived = false, CancellationToken ct = default) =>
        (await db.Teams.AsNoTracking().Include(t => t.Members).Where(t => includeArchived || !t.IsArchived).OrderBy(t => t.Name).ToListAsync(ct))
            .Select(TeamResponse.From).ToList();
}

public static class GetTeam
{
    public static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> Handle(Guid id, OkraDbContext db, CancellationToken ct) =>
        await db.Teams.AsNoTracking().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct) is { } team
            ? TypedResults.Ok(TeamResponse.From(team))
            : Problems.NotFound("Team", id);
}

public static class ArchiveTeam
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid id, OkraDbContext db, CancellationToken ct)
    {
        if (await db.Teams.FindAsync([id], ct) is not { } team) return Problems.NotFound("Team", id);
        team.Archive();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

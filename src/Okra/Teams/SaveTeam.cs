using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Teams;

namespace Okra.Teams;

public static class SaveTeam
{
    public static async Task<Results<Created<TeamResponse>, ValidationProblem>> Create(TeamRequest request, OkraDbContext db, CancellationToken ct)
    {
        var team = new Team(request.Name ?? "", request.Kind ?? TeamKind.Other);
        if (await ApplyAsync(team, request, db, ct) is { } problem) return problem;
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/teams/{team.Id}", TeamResponse.From(team));
    }

    public static async Task<Results<Ok<TeamResponse>, ProblemHttpResult, ValidationProblem>> Update(
        Guid id, TeamRequest request, OkraDbContext db, CancellationToken ct)
    {
        if (await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct) is not { } team) return Problems.NotFound("Team", id);
        if (await ApplyAsync(team, request, db, ct) is { } problem) return problem;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TeamResponse.From(team));
    }

    private static async Task<ValidationProblem?> ApplyAsync(Team team, TeamRequest request, OkraDbContext db, CancellationToken ct)
    {
        team.Update(request.Name ?? "", request.Kind ?? team.Kind);
        if (await db.Teams.AnyAsync(t => t.Name == team.Name && t.Id != team.Id, ct))
            return Problems.Invalid("name", $"'{team.Name}' is already the name of another team.");
        if (request.ParentTeamId is { } parentId && !await db.Teams.AnyAsync(t => t.Id == parentId, ct))
            return Problems.Invalid("parentTeamId", $"There is no team with id {parentId}.");
        var parents = await db.Teams.AsNoTracking().Where(t => t.ParentTeamId != null).ToDictionaryAsync(t => t.Id, t => t.ParentTeamId, ct);
        team.MoveUnder(request.ParentTeamId, id => parents.GetValueOrDefault(id));
        return null;
    }
}

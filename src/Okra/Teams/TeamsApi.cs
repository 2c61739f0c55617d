using Okra.Security;
namespace Okra.Teams;

public static class TeamsApi
{
    public static IEndpointRouteBuilder MapTeamsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/teams").WithTags("Teams");
        group.MapGet("/", ListTeams.Handle).WithName("ListTeams").WithSummary("Every team with its leads and members.");
        group.MapGet("/{id:guid}", GetTeam.Handle).WithName("GetTeam").WithSummary("One team.");
        group.MapPost("/", SaveTeam.Create).WithName("CreateTeam").WithSummary("Adds a team, optionally under a parent team.").AdminOnly();
        group.MapPut("/{id:guid}", SaveTeam.Update).WithName("UpdateTeam").WithSummary("Renames, re-kinds or moves a team.").AdminOnly();
        group.MapDelete("/{id:guid}", ArchiveTeam.Handle).WithName("ArchiveTeam").WithSummary("Dissolves a team; its history stays.").AdminOnly();
        group.MapPut("/{id:guid}/members/{personId:guid}", TeamMembership.Set).WithName("SetTeamMember").WithSummary("Adds a person as lead or member, or changes their role.").AdminOnly();
        group.MapDelete("/{id:guid}/members/{personId:guid}", TeamMembership.Remove).WithName("RemoveTeamMember").WithSummary("Removes a person from a team.").AdminOnly();
        return app;
    }
}

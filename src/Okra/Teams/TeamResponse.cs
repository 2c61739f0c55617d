using Okra.Domain.Teams;

namespace Okra.Teams;

public sealed record TeamMemberResponse(Guid PersonId, TeamRole Role);

public sealed record TeamResponse(Guid Id, string Name, TeamKind Kind, Guid? ParentTeamId, bool IsArchived, IReadOnlyList<TeamMemberResponse> Members)
{
    public static TeamResponse From(Team t) =>
        new(t.Id, t.Name, t.Kind, t.ParentTeamId, t.IsArchived, t.Members.Select(m => new TeamMemberResponse(m.PersonId, m.Role)).ToList());
}

public sealed record TeamRequest(string? Name, TeamKind? Kind, Guid? ParentTeamId);

public sealed record MembershipRequest(TeamRole? Role);

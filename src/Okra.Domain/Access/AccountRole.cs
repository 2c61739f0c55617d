namespace Okra.Domain.Access;

/// <summary>What an account may do across the organisation. Leading a team is not a role: it comes from team membership.</summary>
public enum AccountRole
{
    /// <summary>Everything, including people, teams, cycles and settings.</summary>
    Admin,

    /// <summary>Personal objectives, proposals for their teams, their own key results and check-ins, comments; more where they lead a team.</summary>
    Member,

    /// <summary>Reads everything, changes nothing.</summary>
    Viewer,
}

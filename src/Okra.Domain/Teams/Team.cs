using Okra.Domain.Common;

namespace Okra.Domain.Teams;

/// <summary>What a team does.</summary>
public enum TeamKind
{
    /// <summary>Sells to customers.</summary>
    Sales,

    /// <summary>Finds new markets and partners.</summary>
    BusinessDevelopment,

    /// <summary>Keeps customers happy after the sale.</summary>
    CustomerSuccess,

    /// <summary>Anything else, e.g. the leadership team.</summary>
    Other,
}

/// <summary>A person's role in a team.</summary>
public enum TeamRole
{
    /// <summary>Leads the team.</summary>
    Lead,

    /// <summary>A member.</summary>
    Member,
}

/// <summary>A person's membership of a team.</summary>
public sealed class TeamMember
{
    private TeamMember() { }

    internal TeamMember(Guid teamId, Guid personId, TeamRole role)
    {
        TeamId = teamId;
        PersonId = personId;
        Role = role;
    }

    /// <summary>The team.</summary>
    public Guid TeamId { get; private set; }

    /// <summary>The person.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>Lead or member.</summary>
    public TeamRole Role { get; internal set; }
}

/// <summary>A team in the organisation's tree, with its leads and members.</summary>
public sealed class Team
{
    private readonly List<TeamMember> members = [];

    private Team() { }

    /// <summary>Creates a team with a validated name and kind.</summary>
    public Team(string name, TeamKind kind)
    {
        Id = Guid.CreateVersion7();
        Update(name, kind);
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Display name, unique in the organisation.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Sales, business development, customer success or other.</summary>
    public TeamKind Kind { get; private set; }

    /// <summary>The team above this one; null for a root team.</summary>
    public Guid? ParentTeamId { get; private set; }

    /// <summary>True once the team is dissolved; kept for history.</summary>
    public bool IsArchived { get; private set; }

    /// <summary>Leads and members.</summary>
    public IReadOnlyList<TeamMember> Members => members;

    /// <summary>Changes name and kind.</summary>
    public void Update(string name, TeamKind kind)
    {
        var validName = Guard.Text(name, "name");
        Kind = Guard.Defined(kind, "kind");
        Name = validName;
    }

    /// <summary>Moves the team under <paramref name="parentTeamId"/>, refusing a loop in the tree.</summary>
    public void MoveUnder(Guid? parentTeamId, Func<Guid, Guid?> parentOf)
    {
        if (Chain.Reaches(Id, parentTeamId, parentOf))
            throw new DomainValidationException("parentTeamId", "would make a loop in the team tree.");
        ParentTeamId = parentTeamId;
    }

    /// <summary>Adds a person, or changes their role when already a member.</summary>
    public void SetMember(Guid personId, TeamRole role)
    {
        Guard.Defined(role, "role");
        var existing = members.Find(m => m.PersonId == personId);
        if (existing is null) members.Add(new TeamMember(Id, personId, role));
        else existing.Role = role;
    }

    /// <summary>Removes a person; false when they were not a member.</summary>
    public bool RemoveMember(Guid personId) => members.RemoveAll(m => m.PersonId == personId) > 0;

    /// <summary>Dissolves the team.</summary>
    public void Archive() => IsArchived = true;
}

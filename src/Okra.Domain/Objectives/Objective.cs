using Okra.Domain.Common;
using Okra.Domain.Cycles;

namespace Okra.Domain.Objectives;

/// <summary>A team that owns an objective; several make it a shared objective.</summary>
public sealed class ObjectiveTeam
{
    private ObjectiveTeam() { }

    internal ObjectiveTeam(Guid objectiveId, Guid teamId)
    {
        ObjectiveId = objectiveId;
        TeamId = teamId;
    }

    /// <summary>The objective.</summary>
    public Guid ObjectiveId { get; private set; }

    /// <summary>The owning team.</summary>
    public Guid TeamId { get; private set; }
}

/// <summary>
/// A qualitative, ambitious goal of a cycle, owned by one person or by one or more teams, aligned to a parent
/// objective or key result, and moved through draft → proposed → active → closed (or archived).
/// </summary>
public sealed partial class Objective : IVersioned
{
    private readonly List<ObjectiveTeam> ownerTeams = [];

    private Objective() { }

    /// <summary>Creates a draft objective with validated text and owners.</summary>
    public Objective(Guid cycleId, string title, string? description, ObjectiveLevel level, ObjectiveType type,
        Guid? ownerPersonId, IReadOnlyCollection<Guid> ownerTeamIds, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        CycleId = cycleId;
        CreatedAt = now;
        Update(title, description, type);
        SetOwners(level, ownerPersonId, ownerTeamIds);
    }

    /// <summary>The objective of an earlier cycle this one was carried over from, if any.</summary>
    public Guid? CarriedOverFromId { get; private set; }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The cycle it belongs to.</summary>
    public Guid CycleId { get; private set; }

    /// <summary>Short statement of the goal.</summary>
    public string Title { get; private set; } = "";

    /// <summary>Why it matters; Markdown.</summary>
    public string? Description { get; private set; }

    /// <summary>Company, team or personal.</summary>
    [Audited]
    public ObjectiveLevel Level { get; private set; }

    /// <summary>Committed or aspirational.</summary>
    [Audited]
    public ObjectiveType Type { get; private set; }

    /// <summary>Where it is in the workflow.</summary>
    [Audited]
    public ObjectiveStatus Status { get; private set; }

    /// <summary>The owning person, for personal (and person-owned company) objectives.</summary>
    [Audited]
    public Guid? OwnerPersonId { get; private set; }

    /// <summary>The owning teams, for team (and team-owned company) objectives.</summary>
    public IReadOnlyList<ObjectiveTeam> OwnerTeams => ownerTeams;

    /// <summary>True when more than one team owns it (S6).</summary>
    public bool IsShared => ownerTeams.Count > 1;

    /// <summary>The objective it contributes to: the parent objective, or the objective of the parent key result.</summary>
    [Audited]
    public Guid? ParentObjectiveId { get; private set; }

    /// <summary>The key result it contributes to, when aligned to a key result rather than an objective.</summary>
    [Audited]
    public Guid? ParentKeyResultId { get; private set; }

    /// <summary>Who approved it into the active state.</summary>
    public Guid? ApprovedById { get; private set; }

    /// <summary>When it was approved.</summary>
    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>Changes title, description and type.</summary>
    public void Update(string title, string? description, ObjectiveType type)
    {
        var validTitle = Guard.Text(title, "title");
        var validDescription = Guard.OptionalText(description, "description");
        Type = Guard.Defined(type, "type");
        Title = validTitle;
        Description = validDescription;
    }

    /// <summary>
    /// Sets level and owners: a personal objective has one person; a team objective one or more teams;
    /// a company objective either one person or one or more teams.
    /// </summary>
    public void SetOwners(ObjectiveLevel level, Guid? ownerPersonId, IReadOnlyCollection<Guid> ownerTeamIds)
    {
        Guard.Defined(level, "level");
        var teams = ownerTeamIds.Distinct().ToList();
        if (ownerPersonId is not null && teams.Count > 0)
            throw new DomainValidationException("ownerTeamIds", "must be empty when a person owns the objective.");
        if (level == ObjectiveLevel.Personal && ownerPersonId is null)
            throw new DomainValidationException("ownerPersonId", "is required for a personal objective.");
        if (level == ObjectiveLevel.Team && teams.Count == 0)
            throw new DomainValidationException("ownerTeamIds", "must name at least one team for a team objective.");
        if (level == ObjectiveLevel.Company && ownerPersonId is null && teams.Count == 0)
            throw new DomainValidationException("ownerPersonId", "or ownerTeamIds is required: a company objective needs an owner.");
        Level = level;
        OwnerPersonId = ownerPersonId;
        ownerTeams.RemoveAll(t => !teams.Contains(t.TeamId));
        foreach (var team in teams.Where(t => ownerTeams.TrueForAll(o => o.TeamId != t)))
            ownerTeams.Add(new ObjectiveTeam(Id, team));
    }
}

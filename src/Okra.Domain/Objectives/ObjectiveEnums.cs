namespace Okra.Domain.Objectives;

/// <summary>Where an objective sits in the company → team → person alignment.</summary>
public enum ObjectiveLevel
{
    /// <summary>A company objective.</summary>
    Company,

    /// <summary>A team objective, owned by one or more teams (shared when more than one).</summary>
    Team,

    /// <summary>A personal objective, owned by one person.</summary>
    Personal,
}

/// <summary>How ambitious an objective is, which sets the score it must reach.</summary>
public enum ObjectiveType
{
    /// <summary>Expected in full: succeeds at a score of 1.0.</summary>
    Committed,

    /// <summary>A stretch: succeeds at a score of 0.7.</summary>
    Aspirational,
}

/// <summary>The objective workflow: draft → proposed → active → closed, or archived from any state.</summary>
public enum ObjectiveStatus
{
    /// <summary>Being written.</summary>
    Draft,

    /// <summary>Waiting for a lead's approval.</summary>
    Proposed,

    /// <summary>Approved and being worked on.</summary>
    Active,

    /// <summary>Finished and scored.</summary>
    Closed,

    /// <summary>Withdrawn; kept for history.</summary>
    Archived,
}

/// <summary>Rules attached to <see cref="ObjectiveType"/>.</summary>
public static class ObjectiveTypeRules
{
    /// <summary>The score at which an objective of <paramref name="type"/> counts as a success: 1.0 or 0.7.</summary>
    public static decimal SuccessBar(this ObjectiveType type) => type == ObjectiveType.Committed ? 1.0m : 0.7m;
}

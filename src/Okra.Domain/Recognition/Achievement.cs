namespace Okra.Domain.Recognition;

/// <summary>What an achievement was awarded for.</summary>
public enum AchievementKind
{
    /// <summary>A key result reached its target (status achieved on a check-in).</summary>
    KeyResultAchieved,

    /// <summary>An objective's score met its type's bar when its cycle closed (1.0 committed, 0.7 aspirational).</summary>
    ObjectiveMetBar,
}

/// <summary>
/// An achievement the system awards: to a key result's owner when it is achieved, or at close to the owner (a person or
/// each owning team) of an objective that met its bar. Awarded once per key result or objective and recipient.
/// </summary>
public sealed class Achievement
{
    private Achievement() { }

    private Achievement(AchievementKind kind, Guid cycleId, Guid? personId, Guid? teamId, Guid? objectiveId, Guid? keyResultId, string title, decimal? score, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        CycleId = cycleId;
        PersonId = personId;
        TeamId = teamId;
        ObjectiveId = objectiveId;
        KeyResultId = keyResultId;
        Title = title;
        Score = score;
        AwardedAt = now;
    }

    /// <summary>To the owner of an achieved key result.</summary>
    public static Achievement ForKeyResult(Guid cycleId, Guid objectiveId, Guid keyResultId, Guid ownerPersonId, string title, DateTimeOffset now) =>
        new(AchievementKind.KeyResultAchieved, cycleId, ownerPersonId, null, objectiveId, keyResultId, title, null, now);

    /// <summary>To the owning person or one owning team of an objective that met its bar at close.</summary>
    public static Achievement ForObjective(Guid cycleId, Guid objectiveId, Guid? personId, Guid? teamId, string title, decimal score, DateTimeOffset now) =>
        personId is null && teamId is null
            ? throw new ArgumentException("An achievement needs a person or a team.", nameof(personId))
            : new(AchievementKind.ObjectiveMetBar, cycleId, personId, teamId, objectiveId, null, title, score, now);

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>What for.</summary>
    public AchievementKind Kind { get; private set; }

    /// <summary>The cycle it belongs to.</summary>
    public Guid CycleId { get; private set; }

    /// <summary>The person recognised, if a person.</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The team recognised, if a team.</summary>
    public Guid? TeamId { get; private set; }

    /// <summary>The objective.</summary>
    public Guid? ObjectiveId { get; private set; }

    /// <summary>The key result, for a key result achieved.</summary>
    public Guid? KeyResultId { get; private set; }

    /// <summary>The key result's or objective's title when awarded.</summary>
    public string Title { get; private set; } = "";

    /// <summary>The objective's score at close.</summary>
    public decimal? Score { get; private set; }

    /// <summary>When it was awarded.</summary>
    public DateTimeOffset AwardedAt { get; private set; }
}

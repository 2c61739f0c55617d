namespace Okra.Domain.Audit;

/// <summary>One audited change: who changed which field of what, when, from what to what, and why.</summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    /// <summary>Records a change.</summary>
    public AuditEntry(string entityType, Guid entityId, string field, string? oldValue, string? newValue,
        string actor, string? reason, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        EntityType = entityType;
        EntityId = entityId;
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
        Actor = actor;
        Reason = reason;
        At = at;
    }

    /// <summary>Identity; version-7 ids also order entries by time.</summary>
    public Guid Id { get; private set; }

    /// <summary>E.g. <c>KeyResult</c>.</summary>
    public string EntityType { get; private set; } = "";

    /// <summary>The changed entity.</summary>
    public Guid EntityId { get; private set; }

    /// <summary>The changed property, e.g. <c>Target</c>, or <c>Created</c> for a new entity.</summary>
    public string Field { get; private set; } = "";

    /// <summary>The value before, invariant-formatted.</summary>
    public string? OldValue { get; private set; }

    /// <summary>The value after, invariant-formatted.</summary>
    public string? NewValue { get; private set; }

    /// <summary>Who made the change.</summary>
    public string Actor { get; private set; } = "";

    /// <summary>The reason given, if any.</summary>
    public string? Reason { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; private set; }
}

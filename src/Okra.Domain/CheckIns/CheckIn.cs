using Okra.Domain.Common;

namespace Okra.Domain.CheckIns;

/// <summary>Where a check-in came from.</summary>
public enum CheckInSource
{
    /// <summary>Entered by a person.</summary>
    Manual,

    /// <summary>Computed from sales data by a metric.</summary>
    System,
}

/// <summary>
/// A dated record on a key result: value, confidence (0–10), comment, blockers and author. Never edited
/// silently: a correction or a retraction is an audited change with a reason.
/// </summary>
public sealed class CheckIn
{
    private CheckIn() { }

    internal CheckIn(Guid keyResultId, DateOnly date, decimal value, int? confidence, string? comment,
        string? blockers, Guid? authorId, CheckInSource source, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        KeyResultId = keyResultId;
        Date = date;
        Value = value;
        Confidence = confidence;
        Comment = comment;
        Blockers = blockers;
        AuthorId = authorId;
        Source = source;
        CreatedAt = createdAt;
    }

    /// <summary>Identity; version-7 ids also order check-ins by creation.</summary>
    public Guid Id { get; private set; }

    /// <summary>The key result.</summary>
    public Guid KeyResultId { get; private set; }

    /// <summary>The day the value describes.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The value on that day.</summary>
    [Audited]
    public decimal Value { get; private set; }

    /// <summary>The owner's confidence of reaching the target, 0–10; null for system check-ins.</summary>
    [Audited]
    public int? Confidence { get; private set; }

    /// <summary>What happened; Markdown.</summary>
    public string? Comment { get; private set; }

    /// <summary>What stands in the way.</summary>
    public string? Blockers { get; private set; }

    /// <summary>The person who checked in; null for system check-ins.</summary>
    public Guid? AuthorId { get; private set; }

    /// <summary>Manual or system.</summary>
    public CheckInSource Source { get; private set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>True once retracted: kept for history, no longer counted.</summary>
    [Audited]
    public bool IsRetracted { get; private set; }

    internal void Correct(decimal value, int confidence, string? comment, string? blockers)
    {
        Value = value;
        Confidence = confidence;
        Comment = comment;
        Blockers = blockers;
    }

    /// <summary>Withdraws the check-in; it stays in the history but no longer counts.</summary>
    public void Retract() => IsRetracted = true;
}

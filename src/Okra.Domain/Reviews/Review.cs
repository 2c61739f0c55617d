using Okra.Domain.Common;

namespace Okra.Domain.Reviews;

/// <summary>How often a review meets, or what it looks back on.</summary>
public enum ReviewKind
{
    /// <summary>The weekly sync.</summary>
    Weekly,

    /// <summary>A monthly review.</summary>
    Monthly,

    /// <summary>A quarterly review.</summary>
    Quarterly,

    /// <summary>A retrospective at the end of a cycle.</summary>
    Retrospective,
}

/// <summary>A team of a review (one review may bring several teams together).</summary>
public sealed class ReviewTeam
{
    private ReviewTeam() { }

    internal ReviewTeam(Guid reviewId, Guid teamId) => (ReviewId, TeamId) = (reviewId, teamId);

    /// <summary>The review.</summary>
    public Guid ReviewId { get; private set; }

    /// <summary>The team.</summary>
    public Guid TeamId { get; private set; }
}

/// <summary>
/// A review meeting of one or more teams in a cycle: its agenda is generated from the data, and it records notes,
/// decisions and action items. Once published it is the record of the meeting and its notes and decisions stay as they were.
/// </summary>
public sealed class Review
{
    private readonly List<ReviewTeam> teams = [];

    private Review() { }

    /// <summary>Creates a review of at least one team on <paramref name="date"/>.</summary>
    public Review(Guid cycleId, string title, ReviewKind kind, DateOnly date, IReadOnlyCollection<Guid> teamIds, Guid createdById, DateTimeOffset now)
    {
        if (teamIds.Count == 0) throw new DomainValidationException("teamIds", "name at least one team.");
        Id = Guid.CreateVersion7();
        CycleId = cycleId;
        Title = Guard.Text(title, "title");
        Kind = Guard.Defined(kind, "kind");
        Date = date;
        CreatedById = createdById;
        CreatedAt = now;
        teams.AddRange(teamIds.Distinct().Select(t => new ReviewTeam(Id, t)));
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The cycle whose key results it reviews.</summary>
    public Guid CycleId { get; private set; }

    /// <summary>E.g. "Sales + Business Development weekly".</summary>
    public string Title { get; private set; } = "";

    /// <summary>Weekly, monthly, quarterly or retrospective.</summary>
    public ReviewKind Kind { get; private set; }

    /// <summary>The day of the meeting.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The teams reviewed.</summary>
    public IReadOnlyList<ReviewTeam> Teams => teams;

    /// <summary>Free notes of the meeting; Markdown.</summary>
    public string? Notes { get; private set; }

    /// <summary>Who created it.</summary>
    public Guid CreatedById { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it was published, if it was.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Who published it.</summary>
    public Guid? PublishedById { get; private set; }

    /// <summary>True once published.</summary>
    public bool IsPublished => PublishedAt is not null;

    /// <summary>Replaces the notes.</summary>
    public void WriteNotes(string? notes)
    {
        EnsureOpen();
        Notes = Guard.OptionalText(notes, "notes", 20000);
    }

    /// <summary>Records a decision taken in the meeting, optionally about a key result.</summary>
    public ReviewDecision Decide(string text, Guid? keyResultId, DateTimeOffset now)
    {
        EnsureOpen();
        return new ReviewDecision(Id, Guard.Text(text, "text", 2000), keyResultId, now);
    }

    /// <summary>Publishes the review: the record of the meeting from now on.</summary>
    public void Publish(Guid by, DateTimeOffset now)
    {
        EnsureOpen();
        PublishedAt = now;
        PublishedById = by;
    }

    /// <summary>Refuses a change of a published review.</summary>
    public void EnsureOpen()
    {
        if (IsPublished) throw new DomainValidationException("reviewId", "The review is published; its notes and decisions no longer change.");
    }
}

/// <summary>A decision taken in a review.</summary>
public sealed class ReviewDecision
{
    private ReviewDecision() { }

    internal ReviewDecision(Guid reviewId, string text, Guid? keyResultId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        ReviewId = reviewId;
        Text = text;
        KeyResultId = keyResultId;
        CreatedAt = now;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The review.</summary>
    public Guid ReviewId { get; private set; }

    /// <summary>What was decided.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The key result it is about, e.g. a re-evaluated target.</summary>
    public Guid? KeyResultId { get; private set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>A piece of follow-up work agreed in a review: who does it by when, and whether it is done.</summary>
public sealed class ActionItem
{
    private ActionItem() { }

    /// <summary>Creates an open action item.</summary>
    public ActionItem(Guid reviewId, string text, Guid ownerPersonId, DateOnly? dueDate, DateTimeOffset now)
    {
        if (ownerPersonId == Guid.Empty) throw new DomainValidationException("ownerPersonId", "is required.");
        Id = Guid.CreateVersion7();
        ReviewId = reviewId;
        Text = Guard.Text(text, "text", 1000);
        OwnerPersonId = ownerPersonId;
        DueDate = dueDate;
        CreatedAt = now;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The review it came from.</summary>
    public Guid ReviewId { get; private set; }

    /// <summary>What is to be done.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Who does it.</summary>
    public Guid OwnerPersonId { get; private set; }

    /// <summary>By when.</summary>
    public DateOnly? DueDate { get; private set; }

    /// <summary>True once done.</summary>
    public bool Done { get; private set; }

    /// <summary>When it was agreed.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Marks the item done or open again.</summary>
    public void MarkDone(bool done) => Done = done;
}

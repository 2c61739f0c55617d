using Okra.Domain.Common;

namespace Okra.Domain.Comments;

/// <summary>
/// A Markdown comment on an objective or a key result. Stored as the author wrote it; rendered to sanitized HTML
/// when shown, so a script in a comment never runs.
/// </summary>
public sealed class Comment
{
    /// <summary>The longest comment accepted.</summary>
    public const int MaxLength = 10_000;

    private Comment() { }

    /// <summary>Creates a comment on exactly one of an objective or a key result.</summary>
    public Comment(Guid? objectiveId, Guid? keyResultId, Guid authorPersonId, string body, DateTimeOffset now)
    {
        if ((objectiveId is null) == (keyResultId is null))
            throw new DomainValidationException("objectiveId", "Give either an objective or a key result to comment on.");
        Id = Guid.CreateVersion7();
        ObjectiveId = objectiveId;
        KeyResultId = keyResultId;
        AuthorPersonId = authorPersonId;
        Body = Guard.Text(body, "body", MaxLength);
        CreatedAt = now;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The objective commented on, if any.</summary>
    public Guid? ObjectiveId { get; private set; }

    /// <summary>The key result commented on, if any.</summary>
    public Guid? KeyResultId { get; private set; }

    /// <summary>Who wrote it.</summary>
    public Guid AuthorPersonId { get; private set; }

    /// <summary>The Markdown text.</summary>
    public string Body { get; private set; } = "";

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>True once removed by its author or an admin; kept for history.</summary>
    public bool IsDeleted { get; private set; }

    /// <summary>Removes the comment from view.</summary>
    public void Delete() => IsDeleted = true;
}

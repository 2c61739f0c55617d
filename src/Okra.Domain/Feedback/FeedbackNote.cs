using Okra.Domain.Access;
using Okra.Domain.Common;

namespace Okra.Domain.Feedback;

/// <summary>
/// A feedback note from one person to another (a lead to a member, or between peers), optionally about a key result or a
/// development area. Private: only its author, its subject and admins ever see it.
/// </summary>
public sealed class FeedbackNote
{
    private FeedbackNote() { }

    /// <summary>Creates a note; nobody gives feedback to themselves.</summary>
    public FeedbackNote(Guid authorPersonId, Guid subjectPersonId, string body, Guid? keyResultId, Guid? developmentAreaId, DateTimeOffset now)
    {
        if (subjectPersonId == Guid.Empty) throw new DomainValidationException("personId", "is required.");
        if (authorPersonId == subjectPersonId) throw new DomainValidationException("personId", "Feedback goes to someone else, not to yourself.");
        Id = Guid.CreateVersion7();
        AuthorPersonId = authorPersonId;
        SubjectPersonId = subjectPersonId;
        Body = Guard.Text(body, "body", 4000);
        KeyResultId = keyResultId;
        DevelopmentAreaId = developmentAreaId;
        CreatedAt = now;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Who wrote it.</summary>
    public Guid AuthorPersonId { get; private set; }

    /// <summary>Who it is for.</summary>
    public Guid SubjectPersonId { get; private set; }

    /// <summary>The feedback; Markdown.</summary>
    public string Body { get; private set; } = "";

    /// <summary>The key result it is about, if any.</summary>
    public Guid? KeyResultId { get; private set; }

    /// <summary>The development area it is about, if any.</summary>
    public Guid? DevelopmentAreaId { get; private set; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>True for its two people and admins; everyone else must not learn it exists.</summary>
    public bool IsVisibleTo(Actor actor) =>
        actor.IsAdmin || (actor.PersonId != Guid.Empty && (actor.PersonId == AuthorPersonId || actor.PersonId == SubjectPersonId));
}

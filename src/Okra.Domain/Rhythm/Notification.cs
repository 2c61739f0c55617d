using Okra.Domain.Common;

namespace Okra.Domain.Rhythm;

/// <summary>What an in-app notification is about; the text is rendered in the reader's language when shown.</summary>
public enum NotificationKind
{
    /// <summary>Key results are due for a check-in; the argument is how many.</summary>
    CheckInReminder,

    /// <summary>A lead's weekly digest is ready; the argument is the team's name.</summary>
    LeadDigest,

    /// <summary>Someone gave kudos; the argument is the giver's name and what for.</summary>
    Kudos,

    /// <summary>An achievement was awarded; the argument is the key result or objective.</summary>
    Achievement,

    /// <summary>A review was published; the argument is its title.</summary>
    ReviewPublished,
}

/// <summary>A message for one person in the app's notification bell, unread until they open or dismiss it.</summary>
public sealed class Notification
{
    private Notification() { }

    /// <summary>A new unread notification for <paramref name="personId"/>.</summary>
    public Notification(Guid personId, NotificationKind kind, string argument, string? link, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        Kind = Guard.Defined(kind, "kind");
        Argument = Guard.OptionalText(argument, "argument", 400) ?? "";
        Link = Guard.OptionalText(link, "link", 400);
        CreatedAt = now;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Whose bell it rings.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>What it is about.</summary>
    public NotificationKind Kind { get; private set; }

    /// <summary>The one value the text needs (a count, a name, a title).</summary>
    public string Argument { get; private set; } = "";

    /// <summary>Where clicking it leads, an app-relative path.</summary>
    public string? Link { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When its person read it; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Marks it read (once; reading again keeps the first time).</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

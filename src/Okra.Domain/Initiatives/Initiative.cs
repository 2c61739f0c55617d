using Okra.Domain.Common;
using Okra.Domain.Progress;

namespace Okra.Domain.Initiatives;

/// <summary>How far an initiative has got.</summary>
public enum InitiativeStatus
{
    /// <summary>Not begun.</summary>
    NotStarted,

    /// <summary>Under way.</summary>
    InProgress,

    /// <summary>Finished.</summary>
    Done,

    /// <summary>Dropped; kept for history.</summary>
    Archived,
}

/// <summary>A piece of work meant to move a key result: a task, project or campaign, possibly mirrored from Trello, Asana or ClickUp.</summary>
public sealed class Initiative
{
    private Initiative() { }

    /// <summary>Creates an initiative with a validated title, weight and link.</summary>
    public Initiative(Guid keyResultId, string title, decimal weight = 1m, string? link = null, Guid? ownerPersonId = null)
    {
        Id = Guid.CreateVersion7();
        KeyResultId = keyResultId;
        Update(title, weight, link, ownerPersonId, InitiativeStatus.NotStarted);
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The key result it should move.</summary>
    public Guid KeyResultId { get; private set; }

    /// <summary>What the work is.</summary>
    public string Title { get; private set; } = "";

    /// <summary>Weight in a checklist milestone, greater than zero.</summary>
    public decimal Weight { get; private set; } = 1m;

    /// <summary>Progress of the work.</summary>
    public InitiativeStatus Status { get; private set; }

    /// <summary>Who does it.</summary>
    public Guid? OwnerPersonId { get; private set; }

    /// <summary>An absolute http(s) link, e.g. to a Trello card.</summary>
    public string? Link { get; private set; }

    /// <summary>As a checklist item.</summary>
    public ChecklistItem AsChecklistItem => new(Weight, Status == InitiativeStatus.Done);

    /// <summary>Changes every field after validating all of them.</summary>
    public void Update(string title, decimal weight, string? link, Guid? ownerPersonId, InitiativeStatus status)
    {
        var validTitle = Guard.Text(title, "title");
        if (weight <= 0m || weight > 100m)
            throw new DomainValidationException("weight", "must be greater than 0 and at most 100.");
        var validLink = Guard.OptionalText(link, "link", 2000);
        if (validLink is not null && !(Uri.TryCreate(validLink, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            throw new DomainValidationException("link", "must be an absolute http or https address.");
        Status = Guard.Defined(status, "status");
        Title = validTitle;
        Weight = weight;
        Link = validLink;
        OwnerPersonId = ownerPersonId;
    }
}

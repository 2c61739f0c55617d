using Okra.Domain.Common;

namespace Okra.Domain.Feedback;

/// <summary>Something a person is working to get better at ("Negotiating multi-year contracts"), with the goal they aim for.</summary>
public sealed class DevelopmentArea
{
    private DevelopmentArea() { }

    /// <summary>Creates an open area for <paramref name="personId"/>.</summary>
    public DevelopmentArea(Guid personId, string title, string? goal, DateOnly? targetDate, DateTimeOffset now)
    {
        if (personId == Guid.Empty) throw new DomainValidationException("personId", "is required.");
        Id = Guid.CreateVersion7();
        PersonId = personId;
        CreatedAt = now;
        Update(title, goal, targetDate, done: false);
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Whose development it is.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>The area, e.g. "Discovery calls".</summary>
    public string Title { get; private set; } = "";

    /// <summary>What good looks like, e.g. "Runs a discovery call without the lead by March".</summary>
    public string? Goal { get; private set; }

    /// <summary>When the goal should be met, if set.</summary>
    public DateOnly? TargetDate { get; private set; }

    /// <summary>True once the goal is met.</summary>
    public bool Done { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Changes the text, date and whether it is done.</summary>
    public void Update(string title, string? goal, DateOnly? targetDate, bool done)
    {
        Title = Guard.Text(title, "title");
        Goal = Guard.OptionalText(goal, "goal", 2000);
        TargetDate = targetDate;
        Done = done;
    }
}

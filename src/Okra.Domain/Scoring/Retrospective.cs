using Okra.Domain.Common;

namespace Okra.Domain.Scoring;

/// <summary>A team's retrospective of a cycle: what went well and what to improve. One per team and cycle.</summary>
public sealed class Retrospective
{
    private Retrospective() { }

    /// <summary>Creates the retrospective of <paramref name="teamId"/> in <paramref name="cycleId"/>.</summary>
    public Retrospective(Guid cycleId, Guid teamId, string? wentWell, string? toImprove, Guid byPersonId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        CycleId = cycleId;
        TeamId = teamId;
        Write(wentWell, toImprove, byPersonId, now);
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The cycle looked back on.</summary>
    public Guid CycleId { get; private set; }

    /// <summary>The team.</summary>
    public Guid TeamId { get; private set; }

    /// <summary>What went well; Markdown.</summary>
    public string? WentWell { get; private set; }

    /// <summary>What to improve; Markdown.</summary>
    public string? ToImprove { get; private set; }

    /// <summary>Who wrote the latest version.</summary>
    public Guid UpdatedById { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Replaces both texts; at least one must say something.</summary>
    public void Write(string? wentWell, string? toImprove, Guid byPersonId, DateTimeOffset now)
    {
        WentWell = Guard.OptionalText(wentWell, "wentWell");
        ToImprove = Guard.OptionalText(toImprove, "toImprove");
        if (WentWell is null && ToImprove is null) throw new DomainValidationException("wentWell", "Write what went well or what to improve.");
        UpdatedById = byPersonId;
        UpdatedAt = now;
    }
}

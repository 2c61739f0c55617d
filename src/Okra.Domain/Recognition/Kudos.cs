using Okra.Domain.Common;

namespace Okra.Domain.Recognition;

/// <summary>Kudos from anyone to a person or a team, for their work on a key result.</summary>
public sealed class Kudos
{
    private Kudos() { }

    /// <summary>Creates kudos to exactly one of a person or a team; nobody sends kudos to themselves.</summary>
    public Kudos(Guid fromPersonId, Guid? toPersonId, Guid? toTeamId, Guid keyResultId, Guid cycleId, string message, DateTimeOffset now)
    {
        if ((toPersonId is null) == (toTeamId is null)) throw new DomainValidationException("toPersonId", "Send kudos to one person or one team.");
        if (toPersonId == fromPersonId) throw new DomainValidationException("toPersonId", "Kudos go to someone else, not to yourself.");
        if (keyResultId == Guid.Empty) throw new DomainValidationException("keyResultId", "is required.");
        Id = Guid.CreateVersion7();
        FromPersonId = fromPersonId;
        ToPersonId = toPersonId;
        ToTeamId = toTeamId;
        KeyResultId = keyResultId;
        CycleId = cycleId;
        Message = Guard.Text(message, "message", 1000);
        CreatedAt = now;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Who sends them.</summary>
    public Guid FromPersonId { get; private set; }

    /// <summary>The person recognised, if a person.</summary>
    public Guid? ToPersonId { get; private set; }

    /// <summary>The team recognised, if a team.</summary>
    public Guid? ToTeamId { get; private set; }

    /// <summary>The key result the work moved.</summary>
    public Guid KeyResultId { get; private set; }

    /// <summary>The key result's cycle, for the cycle's summary.</summary>
    public Guid CycleId { get; private set; }

    /// <summary>What they did well.</summary>
    public string Message { get; private set; } = "";

    /// <summary>When they were sent.</summary>
    public DateTimeOffset CreatedAt { get; private set; }
}

using Okra.Domain.Initiatives;

namespace Okra.Initiatives;

/// <summary>The initiative editor's values; the domain (through <see cref="SaveInitiative"/>) judges them.</summary>
public sealed class InitiativeDraft
{
    public string? Title { get; set; }
    public decimal? Weight { get; set; } = 1m;
    public Guid? OwnerPersonId { get; set; }
    public string? Link { get; set; }
    public InitiativeStatus Status { get; set; } = InitiativeStatus.NotStarted;
}

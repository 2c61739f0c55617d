namespace Okra.Domain.Progress;

/// <summary>Where a key result or objective stands (DESIGN §2, decided in that order).</summary>
public enum Status
{
    /// <summary>No check-in yet, or less than 10 % of the cycle has passed.</summary>
    NotStarted,

    /// <summary>Progress at least expected minus the on-track tolerance.</summary>
    OnTrack,

    /// <summary>Progress at least expected minus the at-risk tolerance.</summary>
    AtRisk,

    /// <summary>Further behind, or a threshold whose latest value breaks its limit.</summary>
    OffTrack,

    /// <summary>Progress reached 1, or at close the score met the objective type's bar.</summary>
    Achieved,
}

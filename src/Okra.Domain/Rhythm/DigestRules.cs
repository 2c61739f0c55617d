using Okra.Domain.Progress;

namespace Okra.Domain.Rhythm;

/// <summary>What the leads' weekly digest picks out of a week's change.</summary>
public static class DigestRules
{
    /// <summary>The smallest confidence drop the digest reports.</summary>
    public const int ConfidenceDrop = 2;

    /// <summary>
    /// True when a key result went at risk or off track during the week: it is now at risk or off track, and a week ago it
    /// was in a better state (on track, not started) — or it slid from at risk to off track.
    /// </summary>
    public static bool WentWorse(Status before, Status now) => (before, now) switch
    {
        (_, Status.AtRisk) => before is Status.OnTrack or Status.NotStarted or Status.Achieved,
        (_, Status.OffTrack) => before is not Status.OffTrack,
        _ => false,
    };

    /// <summary>True when confidence fell by <see cref="ConfidenceDrop"/> or more; no confidence on either side is no drop.</summary>
    public static bool ConfidenceDropped(int? before, int? now) => before is { } b && now is { } n && b - n >= ConfidenceDrop;
}

using Okra.Domain.Common;

namespace Okra.Domain.Progress;

/// <summary>
/// How far behind expected progress a key result may fall and still be on track or at risk.
/// The organisation defaults are 0.10 and 0.25; an admin may change them.
/// </summary>
public readonly record struct StatusTolerances
{
    /// <summary>Creates tolerances; both are fractions and on-track must not exceed at-risk.</summary>
    public StatusTolerances(decimal onTrack, decimal atRisk)
    {
        Guard.InRange(onTrack, 0m, 1m, "onTrackTolerance");
        Guard.InRange(atRisk, 0m, 1m, "atRiskTolerance");
        if (atRisk < onTrack)
            throw new DomainValidationException("atRiskTolerance", "must not be smaller than the on-track tolerance.");
        OnTrack = onTrack;
        AtRisk = atRisk;
    }

    /// <summary>The organisation defaults: 0.10 and 0.25.</summary>
    public static StatusTolerances Default { get; } = new(0.10m, 0.25m);

    /// <summary>Allowed shortfall for on track.</summary>
    public decimal OnTrack { get; }

    /// <summary>Allowed shortfall for at risk.</summary>
    public decimal AtRisk { get; }
}

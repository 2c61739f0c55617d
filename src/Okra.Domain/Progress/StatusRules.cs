namespace Okra.Domain.Progress;

/// <summary>The status decision of DESIGN §2, shared by key results and objectives.</summary>
public static class StatusRules
{
    /// <summary>Share of the cycle that must pass before anything leaves <see cref="Status.NotStarted"/>.</summary>
    public const decimal StartShare = 0.10m;

    /// <summary>
    /// Decides status, in order: achieved (progress 1 and complete, or at close a score meeting the bar);
    /// not started (no data, or less than 10 % of the cycle passed); off track when a threshold's latest value
    /// breaks its limit; else on track, at risk or off track by the tolerances.
    /// </summary>
    public static Status Decide(
        decimal progress, decimal score, bool hasData, bool complete, bool breaksLimit, EvaluationContext context)
    {
        if (progress >= 1m && complete) return Status.Achieved;
        if (context.Closed && score >= Objectives.ObjectiveTypeRules.SuccessBar(context.Type)) return Status.Achieved;
        var expected = context.Expected;
        if (!hasData || expected < StartShare) return Status.NotStarted;
        if (breaksLimit) return Status.OffTrack;
        if (progress >= expected - context.Tolerances.OnTrack) return Status.OnTrack;
        if (progress >= expected - context.Tolerances.AtRisk) return Status.AtRisk;
        return Status.OffTrack;
    }

    /// <summary>A key result's default score: clamped progress rounded to one decimal (0.65 → 0.7).</summary>
    public static decimal DefaultScore(decimal progress) =>
        Math.Round(Fraction.Clamp01(progress), 1, MidpointRounding.AwayFromZero);
}

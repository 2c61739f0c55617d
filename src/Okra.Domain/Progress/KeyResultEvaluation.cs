using Okra.Domain.KeyResults;

namespace Okra.Domain.Progress;

/// <summary>A key result's progress, expected progress, status and score on one day.</summary>
/// <param name="Measured">Progress and current value from the measurements.</param>
/// <param name="Expected">Expected progress on the day.</param>
/// <param name="Status">The decided status.</param>
/// <param name="Score">The owner's override, or clamped progress rounded to one decimal.</param>
/// <param name="HasData">True once the key result has a check-in (or a done checklist item).</param>
public sealed record KeyResultEvaluation(Measured Measured, decimal Expected, Status Status, decimal Score, bool HasData)
{
    /// <summary>Progress within 0…1.</summary>
    public decimal Progress => Measured.Progress;

    /// <summary>Evaluates a key result (DESIGN §2).</summary>
    public static KeyResultEvaluation Of(
        KeyResultSpec spec,
        IReadOnlyList<Measurement> measurements,
        IReadOnlyList<ChecklistItem> checklist,
        EvaluationContext context,
        decimal? scoreOverride = null)
    {
        var measured = spec.Measure(measurements, context.Cycle, context.Today, checklist);
        var hasData = measurements.Count > 0 || checklist.Any(i => i.Done);
        var score = scoreOverride ?? StatusRules.DefaultScore(measured.Progress);
        var status = StatusRules.Decide(measured.Progress, score, hasData, measured.Complete, measured.BreaksLimit, context);
        return new KeyResultEvaluation(measured, context.Expected, status, score, hasData);
    }
}

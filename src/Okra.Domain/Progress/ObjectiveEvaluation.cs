namespace Okra.Domain.Progress;

/// <summary>A key result's contribution to its objective.</summary>
/// <param name="Weight">The key result's weight, greater than zero.</param>
/// <param name="Progress">Its clamped progress.</param>
/// <param name="Score">Its score.</param>
/// <param name="HasData">True once it has a check-in.</param>
public readonly record struct WeightedResult(decimal Weight, decimal Progress, decimal Score, bool HasData);

/// <summary>An objective's progress, expected progress, status and score on one day.</summary>
/// <param name="Progress">Weighted mean of its key results' progress, or the mean of its aligned children's.</param>
/// <param name="Expected">Expected progress in the objective's cycle.</param>
/// <param name="Status">Status by the same rule as key results.</param>
/// <param name="Score">Weighted mean of its key results' scores, or the mean of its children's.</param>
/// <param name="HasData">True when any key result that counts has a check-in.</param>
public sealed record ObjectiveEvaluation(decimal Progress, decimal Expected, Status Status, decimal Score, bool HasData)
{
    /// <summary>
    /// Rolls up an objective: the weight-weighted mean of its key results; with none, the mean of its aligned
    /// child objectives; with neither, 0 and not started.
    /// </summary>
    public static ObjectiveEvaluation Of(
        IReadOnlyList<WeightedResult> keyResults, IReadOnlyList<ObjectiveEvaluation> children, EvaluationContext context)
    {
        decimal progress, score;
        bool hasData;
        if (keyResults.Count > 0)
        {
            var totalWeight = keyResults.Sum(k => k.Weight);
            progress = keyResults.Sum(k => k.Weight * k.Progress) / totalWeight;
            score = keyResults.Sum(k => k.Weight * k.Score) / totalWeight;
            hasData = keyResults.Any(k => k.HasData);
        }
        else if (children.Count > 0)
        {
            progress = children.Average(c => c.Progress);
            score = children.Average(c => c.Score);
            hasData = children.Any(c => c.HasData);
        }
        else
        {
            return new ObjectiveEvaluation(0m, context.Expected, Status.NotStarted, 0m, false);
        }
        var status = StatusRules.Decide(progress, score, hasData, complete: true, breaksLimit: false, context);
        return new ObjectiveEvaluation(progress, context.Expected, status, score, hasData);
    }
}

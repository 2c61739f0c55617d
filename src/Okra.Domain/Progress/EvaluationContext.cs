using Okra.Domain.Cycles;
using Okra.Domain.Objectives;

namespace Okra.Domain.Progress;

/// <summary>What status and score depend on besides the measurements.</summary>
/// <param name="Cycle">The cycle's days, inclusive.</param>
/// <param name="Today">The day of the evaluation (τ).</param>
/// <param name="Tolerances">On-track and at-risk tolerances.</param>
/// <param name="Type">The objective's type, which sets the success bar at close.</param>
/// <param name="Closed">True once the objective is closed: a score meeting the bar then counts as achieved.</param>
public sealed record EvaluationContext(
    DateRange Cycle, DateOnly Today, StatusTolerances Tolerances, ObjectiveType Type = ObjectiveType.Committed, bool Closed = false)
{
    /// <summary>Expected progress at <see cref="Today"/>.</summary>
    public decimal Expected => Fraction.Expected(Cycle, Today);
}

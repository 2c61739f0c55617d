using Okra.Domain.Objectives;

namespace Okra.Domain.Scoring;

/// <summary>Score rules at a cycle's close (DESIGN §2): the bar an objective must meet and whether its score meets it.</summary>
public static class CycleScores
{
    /// <summary>True when <paramref name="score"/> meets the bar of <paramref name="type"/>: 1.0 committed, 0.7 aspirational.</summary>
    public static bool MeetsBar(ObjectiveType type, decimal score) => score >= ObjectiveTypeRules.SuccessBar(type);

    /// <summary>An objective's score as shown and judged: the weighted mean rounded to two decimals (0.675 → 0.68).</summary>
    public static decimal Rounded(decimal score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);
}

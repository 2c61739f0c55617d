using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;

namespace Okra.Domain.Tests;

/// <summary>Shared dates and shortcuts for the worked examples.</summary>
internal static class Kit
{
    /// <summary>
    /// 2027-Q1 of the default January fiscal year: Friday 2027-01-01 to Wednesday 2027-03-31, e − s = 89 days.
    /// </summary>
    public static DateRange Q1 { get; } = new FiscalCalendar().Quarter(2027, 1);

    /// <summary>A day of 2027.</summary>
    public static DateOnly Day(int month, int day) => new(2027, month, day);

    /// <summary>A measurement on a day of 2027.</summary>
    public static Measurement On(int month, int day, decimal value) => new(Day(month, day), value);

    /// <summary>An evaluation context in <paramref name="cycle"/> (2027-Q1 by default) with the default tolerances.</summary>
    public static EvaluationContext Context(DateOnly today, DateRange? cycle = null,
        ObjectiveType type = ObjectiveType.Committed, bool closed = false, StatusTolerances? tolerances = null) =>
        new(cycle ?? Q1, today, tolerances ?? StatusTolerances.Default, type, closed);

    /// <summary>Evaluates a key result without a checklist.</summary>
    public static KeyResultEvaluation Evaluate(KeyResultSpec spec, EvaluationContext context, params Measurement[] measurements) =>
        KeyResultEvaluation.Of(spec, measurements, [], context);

    /// <summary>Reads <paramref name="percent"/> (0–100) as a fraction.</summary>
    public static decimal Percent(int percent) => percent / 100m;
}

using BenchmarkDotNet.Attributes;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;

namespace Okra.Bench.Domain;

/// <summary>
/// One key result of each kind over a quarter with a check-in every week (13), evaluated in the middle of the
/// quarter's seventh week: progress (<see cref="KeyResultSpec.Measure"/>), then status and score on top
/// (<see cref="KeyResultEvaluation.Of"/>, what every screen calls), and the score rule alone.
/// </summary>
[MemoryDiagnoser]
public class KeyResultBenchmarks
{
    private static readonly DateRange Quarter = new(new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31));
    private static readonly DateOnly Today = new(2027, 2, 17);
    private static readonly EvaluationContext Context = new(Quarter, Today, StatusTolerances.Default);

    private readonly Dictionary<string, (KeyResultSpec Spec, List<Measurement> Measurements, List<ChecklistItem> Checklist)> cases = new()
    {
        ["metric"] = (new MetricSpec(1_000_000m, 1_200_000m), Weekly(w => 1_000_000m + 15_000m * w), []),
        ["recurring"] = (new RecurringSpec(PeriodUnit.Week, 20m), Weekly(w => 12m + w % 10), []),
        ["threshold"] = (new ThresholdSpec(Comparison.AtMost, 24m), Weekly(w => 16m + w * 3 % 14), []),
        ["milestone"] = (new MilestoneSpec(), Weekly(_ => 0m), []),
        ["checklist"] = (new MilestoneSpec(Checklist: true), [], [new(1m, true), new(2m, true), new(1m, false), new(3m, false), new(1m, true)]),
    };

    [Params("metric", "recurring", "threshold", "milestone", "checklist")]
    public string Kind { get; set; } = "metric";

    [Benchmark(Description = "progress")]
    public Measured Progress()
    {
        var (spec, measurements, checklist) = cases[Kind];
        return spec.Measure(measurements, Quarter, Today, checklist);
    }

    [Benchmark(Description = "progress + status + score")]
    public KeyResultEvaluation Evaluate()
    {
        var (spec, measurements, checklist) = cases[Kind];
        return KeyResultEvaluation.Of(spec, measurements, checklist, Context);
    }

    private readonly decimal progress = 0.6666m;

    [Benchmark(Description = "score")]
    public decimal Score() => StatusRules.DefaultScore(progress);

    /// <summary>A check-in every Friday of the quarter, the value of week w from <paramref name="value"/>.</summary>
    private static List<Measurement> Weekly(Func<int, decimal> value)
    {
        var fridays = new List<Measurement>();
        var day = new DateOnly(2027, 1, 1); // a Friday
        for (var week = 0; day <= Quarter.End; week++, day = day.AddDays(7)) fridays.Add(new Measurement(day, value(week)));
        return fridays;
    }
}

using BenchmarkDotNet.Attributes;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;

namespace Okra.Bench.Domain;

/// <summary>
/// The roll-up of a 10,000-person company's year on 18 August: 30,000 key results of all four kinds with a check-in
/// every Friday so far, on about 5,000 objectives — the company's, 5 divisions', 30 regions' and about 1,000
/// teams', each aligned to the one above, and the teams' quarterly objectives under their annual ones. Built from a seed.
/// "evaluate and roll up" is everything a whole-company tree computes; "roll up" is <see cref="TreeEvaluator.Evaluate"/> alone.
/// </summary>
[MemoryDiagnoser]
public class RollUpBenchmarks
{
    private static readonly DateRange Year = new(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31));
    private static readonly DateOnly Today = new(2027, 8, 18);

    private readonly List<(Guid Id, Guid? Parent, EvaluationContext Context)> objectives = [];
    private readonly List<(Guid Objective, KeyResultSpec Spec, List<Measurement> Measurements)> keyResults = [];
    private List<ObjectiveNode> nodes = [];

    [GlobalSetup]
    public void SetUp()
    {
        var random = new Random(7);
        Guid NewId() { var bytes = new byte[16]; random.NextBytes(bytes); return new Guid(bytes); }
        var context = new EvaluationContext(Year, Today, StatusTolerances.Default);
        var quarters = Enumerable.Range(0, 4)
            .Select(q => new EvaluationContext(new DateRange(Year.Start.AddMonths(3 * q), Year.Start.AddMonths(3 * q + 3).AddDays(-1)), Today, StatusTolerances.Default))
            .ToList();

        Guid Objective(Guid? parent, EvaluationContext c) { var id = NewId(); objectives.Add((id, parent, c)); return id; }
        var company = Objective(null, context);
        var divisions = Enumerable.Range(0, 5).Select(_ => Objective(company, context)).ToList();
        var regions = Enumerable.Range(0, 30).Select(r => Objective(divisions[r % 5], context)).ToList();
        var teamCount = 0;
        while (keyResults.Count < 30_000)
        {
            // A team of ten: 15 key results on its annual objective, 4 on each quarter's.
            var annual = Objective(regions[teamCount++ % 30], context);
            for (var k = 0; k < 15; k++) KeyResult(annual, context, random);
            foreach (var quarter in quarters)
            {
                var objective = Objective(annual, quarter);
                for (var k = 0; k < 4; k++) KeyResult(objective, quarter, random);
            }
        }
        nodes = Nodes();
    }

    [Benchmark(Description = "evaluate 30,000 key results and roll up")]
    public IReadOnlyDictionary<Guid, ObjectiveEvaluation> EvaluateAndRollUp() => TreeEvaluator.Evaluate(Nodes());

    [Benchmark(Description = "roll up 5,000 objectives")]
    public IReadOnlyDictionary<Guid, ObjectiveEvaluation> RollUp() => TreeEvaluator.Evaluate(nodes);

    private List<ObjectiveNode> Nodes()
    {
        var byObjective = keyResults.ToLookup(k => k.Objective);
        return objectives.Select(o => new ObjectiveNode(o.Id, o.Parent, byObjective[o.Id].Select(k =>
        {
            var e = KeyResultEvaluation.Of(k.Spec, k.Measurements, [], o.Context);
            return new WeightedResult(1m, e.Progress, e.Score, e.HasData);
        }).ToList(), o.Context)).ToList();
    }

    private void KeyResult(Guid objective, EvaluationContext context, Random random)
    {
        var kind = keyResults.Count % 4;
        KeyResultSpec spec = kind switch
        {
            0 => new MetricSpec(1_000_000m, 1_200_000m),
            1 => new RecurringSpec(PeriodUnit.Week, 20m),
            2 => new ThresholdSpec(Comparison.AtMost, 24m),
            _ => new MilestoneSpec(),
        };
        var measurements = new List<Measurement>();
        var day = context.Cycle.Start.AddDays(((int)DayOfWeek.Friday - (int)context.Cycle.Start.DayOfWeek + 7) % 7);
        for (var week = 0; day <= context.Cycle.End && day <= Today; week++, day = day.AddDays(7))
        {
            measurements.Add(new Measurement(day, kind switch
            {
                0 => 1_000_000m + 4_000m * week * (decimal)(0.6 + random.NextDouble() * 0.6),
                1 => random.Next(10, 26),
                2 => random.Next(8, 36),
                _ => 0m,
            }));
        }
        keyResults.Add((objective, spec, measurements));
    }
}

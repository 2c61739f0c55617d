using Okra.Domain.CheckIns;
using Okra.Domain.Cycles;
using Okra.Domain.Initiatives;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.People;
using Okra.Domain.Teams;

namespace Okra.Demo;

/// <summary>
/// Collects the demo's objectives, key results, initiatives and check-ins in memory, through the domain
/// constructors and methods only, so that nothing reaches the database unless all of it was valid.
/// </summary>
internal sealed class DemoBuilder(DemoTexts texts, DateOnly today, DateTimeOffset now)
{
    private readonly List<Objective> objectives = [];

    // One fixed seed: the same day always gives the same demo, and tests can rely on it.
    private readonly Random random = new(2027);

    public DemoTexts Texts => texts;
    public DateOnly Today => today;
    public IReadOnlyList<Objective> Objectives => objectives;
    public List<KeyResult> KeyResults { get; } = [];
    public List<Initiative> Initiatives { get; } = [];
    public List<CheckIn> CheckIns { get; } = [];

    /// <summary>Creates a draft objective, written a week before its cycle starts; one minute apart keeps their order.</summary>
    public Objective Objective(Cycle cycle, string title, ObjectiveLevel level, ObjectiveType type,
        Person? owner, IEnumerable<Team> teams, string? why = null)
    {
        var objective = new Objective(cycle.Id, title, why, level, type, owner?.Id,
            [.. teams.Select(t => t.Id)], At(cycle.StartDate.AddDays(-7)).AddMinutes(objectives.Count));
        objectives.Add(objective);
        return objective;
    }

    /// <summary>Aligns <paramref name="child"/> to a parent objective, or to one of its key results.</summary>
    public void Align(Objective child, Cycle childCycle, Objective parent, Cycle parentCycle, KeyResult? keyResult = null) =>
        child.AlignTo(new AlignmentTarget(parent.Id, keyResult?.Id, parentCycle.Dates), childCycle.Dates,
            id => objectives.Find(o => o.Id == id)?.ParentObjectiveId);

    /// <summary>Approves the objective a few days before its cycle starts.</summary>
    public void Activate(Objective objective, Person approver, Cycle cycle) =>
        objective.MoveTo(ObjectiveStatus.Active, approver.Id, At(cycle.StartDate.AddDays(-3)));

    /// <summary>Creates a key result; the creation times keep the order in which they were written.</summary>
    public KeyResult KeyResult(Objective objective, string title, Person owner, KeyResultSpec spec,
        KeyResultUnit unit = KeyResultUnit.Count, string? currency = null)
    {
        var keyResult = new KeyResult(objective.Id, title, owner.Id, spec, unit, currency, 1m,
            objective.CreatedAt.AddMinutes(KeyResults.Count + 1));
        KeyResults.Add(keyResult);
        return keyResult;
    }

    /// <summary>Adds a piece of work to a key result.</summary>
    public Initiative Initiative(KeyResult keyResult, string title, InitiativeStatus status, decimal weight = 1m)
    {
        var initiative = new Initiative(keyResult.Id, title, weight, null, keyResult.OwnerPersonId);
        initiative.Update(title, weight, null, keyResult.OwnerPersonId, status);
        Initiatives.Add(initiative);
        return initiative;
    }

    /// <summary>
    /// The instant a demo record of <paramref name="day"/> was written: 14:00 UTC, the afternoon in Budapest,
    /// but never later than now, so that a check-in of today is not stamped in the future.
    /// </summary>
    public DateTimeOffset At(DateOnly day)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);
        return at < now ? at : now;
    }

    /// <summary>A uniform random number in [−amplitude, amplitude].</summary>
    public decimal Jitter(decimal amplitude) => (decimal)(random.NextDouble() * 2 - 1) * amplitude;

    /// <summary>A random whole number in [min, max].</summary>
    public int Between(int min, int max) => random.Next(min, max + 1);

    /// <summary>A random entry of <paramref name="pool"/>.</summary>
    public string Pick(IReadOnlyList<string> pool) => pool[random.Next(pool.Count)];

    /// <summary>
    /// The owner's confidence (1–10) when running at <paramref name="pace"/>, the share of the plan reached:
    /// about 9 on plan, sinking as the key result slips.
    /// </summary>
    public int Confidence(decimal pace) =>
        Math.Clamp((int)Math.Round(10m * pace - 1m, MidpointRounding.AwayFromZero) + Between(-1, 1), 1, 10);

    /// <summary>A comment that matches <paramref name="pace"/>, and now and then a blocker when behind.</summary>
    public (string Comment, string? Blockers) Note(decimal pace)
    {
        var comment = Pick(pace >= 0.9m ? texts.Good : pace >= 0.7m ? texts.Watch : texts.Behind);
        var blockers = pace < 0.8m && random.Next(2) == 0 ? Pick(texts.Blockers) : null;
        return (comment, blockers);
    }
}

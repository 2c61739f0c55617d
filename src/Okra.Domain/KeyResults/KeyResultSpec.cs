using Okra.Domain.Cycles;
using Okra.Domain.Progress;

namespace Okra.Domain.KeyResults;

/// <summary>
/// How one key result turns measurements into progress (DESIGN §2). One subtype per
/// <see cref="KeyResultKind"/>; each validates its numbers on construction.
/// </summary>
public abstract record KeyResultSpec
{
    private protected KeyResultSpec() { }

    /// <summary>The kind this spec implements.</summary>
    public abstract KeyResultKind Kind { get; }

    /// <summary>
    /// Measures progress on <paramref name="today"/> from <paramref name="measurements"/>, given in the order
    /// they were recorded (the latest of a day wins). <paramref name="checklist"/> is used by checklist milestones.
    /// </summary>
    public abstract Measured Measure(
        IReadOnlyList<Measurement> measurements, DateRange cycle, DateOnly today, IReadOnlyList<ChecklistItem> checklist);

    /// <summary>The latest measurement by date; among one day's, the last recorded.</summary>
    protected static Measurement? Latest(IReadOnlyList<Measurement> measurements, DateOnly from, DateOnly to)
    {
        Measurement? latest = null;
        foreach (var m in measurements)
        {
            if (m.Date < from || m.Date > to) continue;
            if (latest is null || m.Date >= latest.Value.Date) latest = m;
        }
        return latest;
    }
}

using Okra.Domain.Cycles;
using Okra.Domain.Progress;

namespace Okra.Domain.KeyResults;

/// <summary>
/// Done or not ("run the quarterly satisfaction survey"): progress is 1 once the latest value is 1, else 0.
/// As a checklist, progress is the weighted share of its initiatives that are done.
/// </summary>
/// <param name="Checklist">True when progress comes from the key result's initiatives.</param>
public sealed record MilestoneSpec(bool Checklist = false) : KeyResultSpec
{
    /// <inheritdoc />
    public override KeyResultKind Kind => KeyResultKind.Milestone;

    /// <inheritdoc />
    public override Measured Measure(
        IReadOnlyList<Measurement> measurements, DateRange cycle, DateOnly today, IReadOnlyList<ChecklistItem> checklist)
    {
        if (Checklist)
        {
            var total = checklist.Sum(i => i.Weight);
            var done = checklist.Where(i => i.Done).Sum(i => i.Weight);
            var share = total == 0m ? 0m : done / total;
            return new Measured(share, share, share);
        }
        var latest = Latest(measurements, DateOnly.MinValue, DateOnly.MaxValue)?.Value;
        var progress = latest >= 1m ? 1m : 0m;
        return new Measured(progress, progress, latest);
    }
}

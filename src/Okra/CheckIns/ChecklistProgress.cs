using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Initiatives;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;

namespace Okra.CheckIns;

/// <summary>The weighted share of a checklist milestone's initiatives that are done, via the domain rule.</summary>
internal static class ChecklistProgress
{
    public static async Task<decimal> OfAsync(KeyResult keyResult, OkraDbContext db, CancellationToken ct)
    {
        if (!keyResult.Checklist) return 0m;
        var items = (await db.Initiatives.AsNoTracking()
                .Where(i => i.KeyResultId == keyResult.Id && i.Status != InitiativeStatus.Archived).ToListAsync(ct))
            .Select(i => i.AsChecklistItem).ToList();
        return Of(keyResult, items);
    }

    /// <summary>The progress of <paramref name="items"/>, the key result's checklist as already read.</summary>
    public static decimal Of(KeyResult keyResult, IReadOnlyList<ChecklistItem> items) =>
        keyResult.Checklist
            ? keyResult.Spec.Measure([], new Domain.Cycles.DateRange(DateOnly.MinValue, DateOnly.MaxValue), DateOnly.MinValue, items).Progress
            : 0m;
}

using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Cycles;
using Okra.Tree;

namespace Okra.KeyResults;

/// <summary>What the key-result form needs: its objective and cycle, the people who may own it, and the key result being edited.</summary>
public sealed record KeyResultForm(
    Guid ObjectiveId, string ObjectiveTitle, DateRange Cycle, IReadOnlyList<Choice> People, KeyResultDetailResponse? Editing);

public sealed class KeyResultFormData(OkraDbContext db, KeyResultDetails details)
{
    /// <summary>The form for a new key result of <paramref name="objectiveId"/>, or null when there is no such objective.</summary>
    public Task<KeyResultForm?> ForNewAsync(Guid objectiveId, CancellationToken ct) => ReadAsync(objectiveId, null, ct);

    /// <summary>The form for changing key result <paramref name="id"/>, or null when there is none.</summary>
    public async Task<KeyResultForm?> ForEditAsync(Guid id, CancellationToken ct) =>
        await details.ReadAsync(id, ct) is { } detail ? await ReadAsync(detail.KeyResult.ObjectiveId, detail, ct) : null;

    private async Task<KeyResultForm?> ReadAsync(Guid objectiveId, KeyResultDetailResponse? editing, CancellationToken ct)
    {
        var objective = await db.Objectives.AsNoTracking().Where(o => o.Id == objectiveId)
            .Join(db.Cycles, o => o.CycleId, c => c.Id, (o, c) => new { o.Title, c.StartDate, c.EndDate }).FirstOrDefaultAsync(ct);
        if (objective is null) return null;
        var people = await db.People.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);
        return new KeyResultForm(objectiveId, objective.Title, new DateRange(objective.StartDate, objective.EndDate), people, editing);
    }
}

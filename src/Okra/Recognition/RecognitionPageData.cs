using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Tree;

namespace Okra.Recognition;

/// <summary>What the recognition page reads for a cycle: the feed, the summary and the key results kudos can be tied to.</summary>
public sealed class RecognitionPageData(OkraDbContext db, RecognitionFeed feed)
{
    public async Task<RecognitionView> ReadAsync(Guid cycleId, CancellationToken ct)
    {
        var keyResults = await db.KeyResults.AsNoTracking()
            .Where(k => k.State == KeyResultState.Active && db.Objectives.Any(o => o.Id == k.ObjectiveId && o.CycleId == cycleId && o.Status != ObjectiveStatus.Archived))
            .OrderBy(k => k.Title).Select(k => new Choice(k.Id, k.Title)).ToListAsync(ct);
        return new RecognitionView(await feed.ReadAsync(cycleId, ct), await feed.SummaryAsync(cycleId, ct), keyResults);
    }
}

public sealed record RecognitionView(IReadOnlyList<FeedEntry> Feed, RecognitionSummary Summary, IReadOnlyList<Choice> KeyResults);

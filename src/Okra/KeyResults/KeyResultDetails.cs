using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Tree;

namespace Okra.KeyResults;

public sealed record KeyResultDetailResponse(
    KeyResultProgressResponse KeyResult, string? Description, string ObjectiveTitle, decimal? ScoreOverride, string? ScoreOverrideReason);

/// <summary>Reads one key result with its progress, evaluated with its objective.</summary>
public sealed class KeyResultDetails(OkraDbContext db, SnapshotReader reader, TreeBuilder names)
{
    public async Task<KeyResultDetailResponse?> ReadAsync(Guid id, CancellationToken ct)
    {
        var keyResult = await db.KeyResults.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct);
        if (keyResult is null) return null;
        var snapshot = await reader.ReadAsync(db.Objectives.Where(o => o.Id == keyResult.ObjectiveId), ct);
        var objective = snapshot.Objectives.Single();
        var evaluation = snapshot.KeyResultProgress[id];
        var ownerNames = await names.NamesAsync(ct);
        return new KeyResultDetailResponse(
            KeyResultProgressResponse.From(keyResult, evaluation, snapshot.ConfidenceOf(id), ownerNames.Person(keyResult.OwnerPersonId)),
            keyResult.Description, objective.Title, keyResult.ScoreOverride, keyResult.ScoreOverrideReason);
    }

    /// <summary>409 for a change based on <paramref name="yourVersion"/>, carrying the key result as it is now.</summary>
    public async Task<ProblemHttpResult> StaleAsync(Guid id, int yourVersion, CancellationToken ct)
    {
        var current = (await ReadAsync(id, ct))!;
        return Problems.Stale("Key result", yourVersion, current.KeyResult.Version, current);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.KeyResults;
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
        return await ResponseAsync(keyResult, await reader.ReadKeyResultAsync(keyResult, ct), ct);
    }

    /// <summary>The answer for <paramref name="keyResult"/> as <paramref name="reading"/> evaluates it.</summary>
    public async Task<KeyResultDetailResponse> ResponseAsync(KeyResult keyResult, KeyResultReading reading, CancellationToken ct) =>
        (await ResponseAsync(keyResult, reading, [], ct)).Response;

    /// <summary>The answer, and the names of its owner and of <paramref name="alsoNamed"/>, read in the same query.</summary>
    public async Task<(KeyResultDetailResponse Response, OwnerNames Names)> ResponseAsync(
        KeyResult keyResult, KeyResultReading reading, IReadOnlyCollection<Guid> alsoNamed, CancellationToken ct)
    {
        var people = await names.NamesAsync([keyResult.OwnerPersonId, .. alsoNamed], [], ct);
        return (new KeyResultDetailResponse(
            KeyResultProgressResponse.From(keyResult, reading.Evaluation, reading.Confidence, people.Person(keyResult.OwnerPersonId)),
            keyResult.Description, reading.Objective.Title, keyResult.ScoreOverride, keyResult.ScoreOverrideReason), people);
    }

    /// <summary>409 for a change based on <paramref name="yourVersion"/>, carrying the key result as it is now.</summary>
    public async Task<ProblemHttpResult> StaleAsync(Guid id, int yourVersion, CancellationToken ct)
    {
        var current = (await ReadAsync(id, ct))!;
        return Problems.Stale("Key result", yourVersion, current.KeyResult.Version, current);
    }
}

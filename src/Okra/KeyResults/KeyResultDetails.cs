using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Okra.Api;
using Okra.Domain.KeyResults;
using Okra.Tree;

namespace Okra.KeyResults;

public sealed record KeyResultDetailResponse(
    KeyResultProgressResponse KeyResult, string? Description, string ObjectiveTitle, decimal? ScoreOverride, string? ScoreOverrideReason);

/// <summary>Reads one key result with its progress, evaluated with its objective.</summary>
public sealed class KeyResultDetails(SnapshotReader reader, TreeBuilder names)
{
    public async Task<KeyResultDetailResponse?> ReadAsync(Guid id, CancellationToken ct)
    {
        if (await reader.FindKeyResultAsync(id, ct) is not { } found) return null;
        var reading = await reader.ReadKeyResultAsync(found, ct);
        return (await ResponseAsync(found, reading, found.KeyResult.OwnerPersonId, found.OwnerName, ct)).Response;
    }

    /// <summary>
    /// The answer, and the names of its owner and of <paramref name="person"/>: read only when neither
    /// <paramref name="found"/> (the owner's) nor <paramref name="personName"/> gives them already.
    /// </summary>
    public async Task<(KeyResultDetailResponse Response, OwnerNames Names)> ResponseAsync(
        KeyResultInCycle found, KeyResultReading reading, Guid person, string? personName, CancellationToken ct)
    {
        var owner = found.KeyResult.OwnerPersonId;
        var known = new Dictionary<Guid, string>();
        if (found.OwnerName is { } ownerName) known[owner] = ownerName;
        if (personName is not null) known[person] = personName;
        var people = known.ContainsKey(owner) && known.ContainsKey(person)
            ? new OwnerNames(known, new Dictionary<Guid, string>())
            : await names.NamesAsync([owner, person], [], ct);
        return (Response(found.KeyResult, reading, people), people);
    }

    private static KeyResultDetailResponse Response(KeyResult keyResult, KeyResultReading reading, OwnerNames people) => new(
        KeyResultProgressResponse.From(keyResult, reading.Evaluation, reading.Confidence, people.Person(keyResult.OwnerPersonId)),
        keyResult.Description, reading.Objective.Title, keyResult.ScoreOverride, keyResult.ScoreOverrideReason);

    /// <summary>409 for a change based on <paramref name="yourVersion"/>, carrying the key result as it is now.</summary>
    public async Task<ProblemHttpResult> StaleAsync(Guid id, int yourVersion, CancellationToken ct)
    {
        var current = (await ReadAsync(id, ct))!;
        return Problems.Stale("Key result", yourVersion, current.KeyResult.Version, current);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Hosting;
using Okra.Security;

namespace Okra.KeyResults;

public static class SaveKeyResult
{
    public static async Task<Results<Created<KeyResultDetailResponse>, ValidationProblem, ProblemHttpResult>> Create(
        KeyResultRequest request, OkraDbContext db, Today today, KeyResultDetails details, OkrAccess access, CancellationToken ct)
    {
        if (request.ObjectiveId is not { } objectiveId) return Problems.Invalid("objectiveId", "is required.");
        var objective = await db.Objectives.AsNoTracking().FirstOrDefaultAsync(o => o.Id == objectiveId, ct);
        if (objective is null) return Problems.Invalid("objectiveId", $"There is no objective with id {objectiveId}.");
        if (await access.EditObjectiveAsync(objective, ct) is { } forbidden) return forbidden;
        if (objective.Status is ObjectiveStatus.Closed or ObjectiveStatus.Archived)
            return Problems.Invalid("objectiveId", $"The objective is {objective.Status.ToString().ToLowerInvariant()} and takes no new key results.");
        if (await OwnerProblemAsync(request, db, ct) is { } ownerProblem) return ownerProblem;

        var keyResult = new KeyResult(objectiveId, request.Title ?? "", request.OwnerPersonId ?? Guid.Empty, SpecFromRequest.Build(request),
            request.Unit ?? KeyResultUnit.Count, request.Currency, request.Weight ?? 1m, today.Now);
        keyResult.Update(keyResult.Title, request.Description, keyResult.OwnerPersonId, keyResult.Weight);
        db.KeyResults.Add(keyResult);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/key-results/{keyResult.Id}", (await details.ReadAsync(keyResult.Id, ct))!);
    }

    public static async Task<Results<Ok<KeyResultDetailResponse>, ProblemHttpResult, ValidationProblem>> Update(
        Guid id, KeyResultRequest request, OkraDbContext db, KeyResultDetails details, OkrAccess access, CancellationToken ct)
    {
        if (await db.KeyResults.FirstOrDefaultAsync(k => k.Id == id, ct) is not { } keyResult) return Problems.NotFound("Key result", id);
        if (await access.EditKeyResultAsync(keyResult, ct) is { } forbidden) return forbidden;
        if (request.Version is not { } version) return Problems.Invalid("version", "is required: send the version you based your change on.");
        if (version != keyResult.Version) return await details.StaleAsync(id, version, ct);
        if (request.ObjectiveId is { } objectiveId && objectiveId != keyResult.ObjectiveId)
            return Problems.Invalid("objectiveId", "cannot change; a key result stays with its objective.");
        if (await OwnerProblemAsync(request, db, ct) is { } ownerProblem) return ownerProblem;

        keyResult.Update(request.Title ?? keyResult.Title, request.Description, request.OwnerPersonId ?? keyResult.OwnerPersonId, request.Weight ?? keyResult.Weight);
        keyResult.Define(SpecFromRequest.Build(request with { Kind = request.Kind ?? keyResult.Kind }), request.Unit ?? keyResult.Unit, request.Currency);
        db.Audit.Reason = request.Reason;
        db.ExpectVersion(keyResult, version);
        if (!await db.TrySaveAsync(ct)) return await details.StaleAsync(id, version, ct);
        return TypedResults.Ok((await details.ReadAsync(id, ct))!);
    }

    private static async Task<ValidationProblem?> OwnerProblemAsync(KeyResultRequest request, OkraDbContext db, CancellationToken ct)
    {
        if (request.OwnerPersonId is { } ownerId && !await db.People.AnyAsync(p => p.Id == ownerId, ct))
            return Problems.Invalid("ownerPersonId", $"There is no person with id {ownerId}.");
        return null;
    }
}

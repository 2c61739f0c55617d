using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Initiatives;
using Okra.Security;

namespace Okra.Initiatives;

public static class SaveInitiative
{
    public static async Task<Results<Created<InitiativeResponse>, ValidationProblem, ProblemHttpResult>> Create(
        InitiativeRequest request, OkraDbContext db, OkrAccess access, CancellationToken ct)
    {
        if (request.KeyResultId is not { } keyResultId) return Problems.Invalid("keyResultId", "is required.");
        if (!await db.KeyResults.AnyAsync(k => k.Id == keyResultId, ct)) return Problems.Invalid("keyResultId", $"There is no key result with id {keyResultId}.");
        if (await access.EditKeyResultAsync(await access.KeyResultAsync(keyResultId, ct), ct) is { } forbidden) return forbidden;
        if (await OwnerProblemAsync(request, db, ct) is { } problem) return problem;
        var initiative = new Initiative(keyResultId, request.Title ?? "", request.Weight ?? 1m, request.Link, request.OwnerPersonId);
        initiative.Update(initiative.Title, initiative.Weight, initiative.Link, initiative.OwnerPersonId, request.Status ?? InitiativeStatus.NotStarted);
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/initiatives/{initiative.Id}", InitiativeResponse.From(initiative));
    }

    public static async Task<Results<Ok<InitiativeResponse>, ProblemHttpResult, ValidationProblem>> Update(
        Guid id, InitiativeRequest request, OkraDbContext db, OkrAccess access, CancellationToken ct)
    {
        if (await db.Initiatives.FindAsync([id], ct) is not { } initiative) return Problems.NotFound("Initiative", id);
        if (await access.EditKeyResultAsync(await access.KeyResultAsync(initiative.KeyResultId, ct), ct) is { } forbidden) return forbidden;
        if (await OwnerProblemAsync(request, db, ct) is { } problem) return problem;
        // Omitted fields keep their value, so marking an initiative done does not drop its link or owner.
        initiative.Update(request.Title ?? initiative.Title, request.Weight ?? initiative.Weight, request.Link ?? initiative.Link,
            request.OwnerPersonId ?? initiative.OwnerPersonId, request.Status ?? initiative.Status);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(InitiativeResponse.From(initiative));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Archive(Guid id, OkraDbContext db, OkrAccess access, CancellationToken ct)
    {
        if (await db.Initiatives.FindAsync([id], ct) is not { } initiative) return Problems.NotFound("Initiative", id);
        if (await access.EditKeyResultAsync(await access.KeyResultAsync(initiative.KeyResultId, ct), ct) is { } forbidden) return forbidden;
        initiative.Update(initiative.Title, initiative.Weight, initiative.Link, initiative.OwnerPersonId, InitiativeStatus.Archived);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<ValidationProblem?> OwnerProblemAsync(InitiativeRequest request, OkraDbContext db, CancellationToken ct) =>
        request.OwnerPersonId is { } ownerId && !await db.People.AnyAsync(p => p.Id == ownerId, ct)
            ? Problems.Invalid("ownerPersonId", $"There is no person with id {ownerId}.")
            : null;
}

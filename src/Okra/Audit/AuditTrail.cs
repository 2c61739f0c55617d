using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;

namespace Okra.Audit;

public sealed record AuditEntryResponse(Guid Id, DateTimeOffset At, string Actor, string EntityType, Guid EntityId, string Field, string? OldValue, string? NewValue, string? Reason);

/// <summary>The audit trail of an objective or key result, newest first.</summary>
public static class AuditTrail
{
    public static async Task<Results<Ok<List<AuditEntryResponse>>, ProblemHttpResult>> ForObjective(Guid id, OkraDbContext db, CancellationToken ct) =>
        await db.Objectives.AnyAsync(o => o.Id == id, ct) ? TypedResults.Ok(await ReadAsync(db, id, ct)) : Problems.NotFound("Objective", id);

    public static async Task<Results<Ok<List<AuditEntryResponse>>, ProblemHttpResult>> ForKeyResult(Guid id, OkraDbContext db, CancellationToken ct)
    {
        if (!await db.KeyResults.AnyAsync(k => k.Id == id, ct)) return Problems.NotFound("Key result", id);
        // A key result's trail includes corrections and retractions of its check-ins.
        var checkIns = db.CheckIns.Where(c => c.KeyResultId == id).Select(c => c.Id);
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id || checkIns.Contains(a.EntityId)).ToListAsync(ct);
        return TypedResults.Ok(entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Select(From).ToList());
    }

    public static async Task<Results<Ok<List<AuditEntryResponse>>, ProblemHttpResult>> ForAccount(Guid id, OkraDbContext db, CancellationToken ct) =>
        await db.Users.AnyAsync(u => u.Id == id, ct) ? TypedResults.Ok(await ReadAsync(db, id, ct)) : Problems.NotFound("User", id);

    private static async Task<List<AuditEntryResponse>> ReadAsync(OkraDbContext db, Guid entityId, CancellationToken ct) =>
        (await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == entityId).ToListAsync(ct))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Select(From).ToList();

    private static AuditEntryResponse From(Domain.Audit.AuditEntry a) =>
        new(a.Id, a.At, a.Actor, a.EntityType, a.EntityId, a.Field, a.OldValue, a.NewValue, a.Reason);
}

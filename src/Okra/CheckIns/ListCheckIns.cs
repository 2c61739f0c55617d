using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;

namespace Okra.CheckIns;

public static class ListCheckIns
{
    public static async Task<Results<Ok<List<CheckInResponse>>, ProblemHttpResult>> Handle(Guid id, OkraDbContext db, CancellationToken ct)
    {
        if (!await db.KeyResults.AnyAsync(k => k.Id == id, ct)) return Problems.NotFound("Key result", id);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.KeyResultId == id).ToListAsync(ct);
        return TypedResults.Ok(checkIns.OrderByDescending(c => c.Date).ThenByDescending(c => c.CreatedAt).Select(CheckInResponse.From).ToList());
    }
}

public static class GetCheckIn
{
    public static async Task<Results<Ok<CheckInResponse>, ProblemHttpResult>> Handle(Guid id, OkraDbContext db, CancellationToken ct) =>
        await db.CheckIns.FindAsync([id], ct) is { } checkIn ? TypedResults.Ok(CheckInResponse.From(checkIn)) : Problems.NotFound("Check-in", id);
}

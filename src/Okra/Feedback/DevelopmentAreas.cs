using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Feedback;
using Okra.Hosting;

namespace Okra.Feedback;

public static class DevelopmentAreas
{
    public static async Task<Results<Ok<List<DevelopmentAreaResponse>>, ProblemHttpResult>> List(Guid id, OkraDbContext db, OneOnOneAccess access, CancellationToken ct)
    {
        if (await access.SeeAsync(id, ct) is { } problem) return problem;
        var areas = await db.DevelopmentAreas.AsNoTracking().Where(a => a.PersonId == id).ToListAsync(ct);
        return TypedResults.Ok(areas.OrderBy(a => a.Done).ThenBy(a => a.CreatedAt).Select(DevelopmentAreaResponse.From).ToList());
    }

    public static async Task<Results<Created<DevelopmentAreaResponse>, ProblemHttpResult>> Create(
        Guid id, DevelopmentAreaRequest request, OkraDbContext db, OneOnOneAccess access, Today today, CancellationToken ct)
    {
        if (await access.EditAsync(id, ct) is { } problem) return problem;
        var area = new DevelopmentArea(id, request.Title ?? "", request.Goal, request.TargetDate, today.Now);
        db.DevelopmentAreas.Add(area);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/development-areas/{area.Id}", DevelopmentAreaResponse.From(area));
    }

    public static async Task<Results<Ok<DevelopmentAreaResponse>, ProblemHttpResult>> Update(
        Guid id, DevelopmentAreaRequest request, OkraDbContext db, OneOnOneAccess access, CancellationToken ct)
    {
        if (await db.DevelopmentAreas.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } area) return Problems.NotFound("Development area", id);
        if (await access.EditAsync(area.PersonId, ct) is { } problem) return problem;
        area.Update(request.Title ?? area.Title, request.Goal ?? area.Goal, request.TargetDate ?? area.TargetDate, request.Done ?? area.Done);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(DevelopmentAreaResponse.From(area));
    }
}

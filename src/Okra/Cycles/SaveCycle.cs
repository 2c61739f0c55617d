using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Cycles;
using Okra.Organisation;

namespace Okra.Cycles;

public static class SaveCycle
{
    public static async Task<Results<Created<CycleResponse>, ValidationProblem>> Create(
        CycleRequest request, OkraDbContext db, OrganisationStore organisation, CancellationToken ct)
    {
        var cycle = await BuildAsync(request, organisation, ct);
        if (await db.Cycles.AnyAsync(c => c.Name == cycle.Name, ct))
            return Problems.Invalid("name", $"A cycle named '{cycle.Name}' already exists.");
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/cycles/{cycle.Id}", CycleResponse.From(cycle));
    }

    public static async Task<Results<Ok<CycleResponse>, ProblemHttpResult, ValidationProblem>> Update(
        Guid id, CycleRequest request, OkraDbContext db, CancellationToken ct)
    {
        if (await db.Cycles.FindAsync([id], ct) is not { } cycle) return Problems.NotFound("Cycle", id);
        cycle.Update(request.Name ?? cycle.Name, request.StartDate ?? cycle.StartDate, request.EndDate ?? cycle.EndDate, request.Cadence ?? cycle.Cadence);
        if (await db.Cycles.AnyAsync(c => c.Name == cycle.Name && c.Id != cycle.Id, ct))
            return Problems.Invalid("name", $"A cycle named '{cycle.Name}' already exists.");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CycleResponse.From(cycle));
    }

    private static async Task<Cycle> BuildAsync(CycleRequest request, OrganisationStore organisation, CancellationToken ct)
    {
        var cadence = request.Cadence ?? CheckInCadence.Weekly;
        if (request.StartDate is null && request.EndDate is null)
            return Cycle.Named((await organisation.GetAsync(ct)).Calendar, request.Name ?? "", cadence);
        if (request.StartDate is not { } start)
            throw new Domain.Common.DomainValidationException("startDate", "is required when an end date is given.");
        if (request.EndDate is not { } end)
            throw new Domain.Common.DomainValidationException("endDate", "is required when a start date is given.");
        return new Cycle(request.Name ?? "", request.Kind ?? CycleKind.Quarter, start, end, cadence);
    }
}

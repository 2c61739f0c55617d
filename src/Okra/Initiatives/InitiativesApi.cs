using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Initiatives;

namespace Okra.Initiatives;

public sealed record InitiativeResponse(Guid Id, Guid KeyResultId, string Title, decimal Weight, InitiativeStatus Status, Guid? OwnerPersonId, string? Link)
{
    public static InitiativeResponse From(Initiative i) => new(i.Id, i.KeyResultId, i.Title, i.Weight, i.Status, i.OwnerPersonId, i.Link);
}

/// <summary>A new initiative, or a change of one: fields left out of a change keep their value; an empty <c>link</c> removes the link.</summary>
public sealed record InitiativeRequest(Guid? KeyResultId, string? Title, decimal? Weight, InitiativeStatus? Status, Guid? OwnerPersonId, string? Link);

public static class InitiativesApi
{
    public static IEndpointRouteBuilder MapInitiativesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/initiatives").WithTags("Initiatives");
        group.MapGet("/{id:guid}", GetInitiative).WithName("GetInitiative").WithSummary("One initiative.");
        group.MapPost("/", SaveInitiative.Create).WithName("CreateInitiative").WithSummary("Adds an initiative to a key result.");
        group.MapPut("/{id:guid}", SaveInitiative.Update).WithName("UpdateInitiative").WithSummary("Changes an initiative, e.g. marks it done.");
        group.MapDelete("/{id:guid}", SaveInitiative.Archive).WithName("ArchiveInitiative").WithSummary("Drops an initiative; it stays in the history.");
        return app;
    }

    private static async Task<Results<Ok<InitiativeResponse>, ProblemHttpResult>> GetInitiative(Guid id, OkraDbContext db, CancellationToken ct) =>
        await db.Initiatives.FindAsync([id], ct) is { } i ? TypedResults.Ok(InitiativeResponse.From(i)) : Problems.NotFound("Initiative", id);
}

public static class ListInitiatives
{
    public static async Task<Results<Ok<List<InitiativeResponse>>, ProblemHttpResult>> Handle(Guid id, OkraDbContext db, CancellationToken ct)
    {
        if (!await db.KeyResults.AnyAsync(k => k.Id == id, ct)) return Problems.NotFound("Key result", id);
        return TypedResults.Ok((await db.Initiatives.AsNoTracking().Where(i => i.KeyResultId == id).OrderBy(i => i.Id).ToListAsync(ct))
            .Select(InitiativeResponse.From).ToList());
    }
}

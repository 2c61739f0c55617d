using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Okra.Api;
using Okra.Data;

namespace Okra.People;

public static class UpdatePerson
{
    public static async Task<Results<Ok<PersonResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, PersonRequest request, OkraDbContext db, CancellationToken ct)
    {
        if (await db.People.FindAsync([id], ct) is not { } person) return Problems.NotFound("Person", id);
        if (await PersonRules.ApplyAsync(person, request, db, ct) is { } problem) return problem;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PersonResponse.From(person));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Okra.Api;
using Okra.Data;

namespace Okra.People;

public static class GetPerson
{
    public static async Task<Results<Ok<PersonResponse>, ProblemHttpResult>> Handle(Guid id, OkraDbContext db, CancellationToken ct) =>
        await db.People.FindAsync([id], ct) is { } person
            ? TypedResults.Ok(PersonResponse.From(person))
            : Problems.NotFound("Person", id);
}

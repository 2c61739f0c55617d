using Microsoft.AspNetCore.Http.HttpResults;
using Okra.Data;
using Okra.Domain.People;

namespace Okra.People;

public static class CreatePerson
{
    public static async Task<Results<Created<PersonResponse>, ValidationProblem>> Handle(PersonRequest request, OkraDbContext db, CancellationToken ct)
    {
        var person = new Person(request.Name ?? "", request.Email ?? "", request.Locale ?? Domain.Common.Locale.Hungarian, request.JobTitle);
        if (await PersonRules.ApplyAsync(person, request, db, ct) is { } problem) return problem;
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/people/{person.Id}", PersonResponse.From(person));
    }
}

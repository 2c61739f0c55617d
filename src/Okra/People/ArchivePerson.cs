using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Okra.Api;
using Okra.Data;

namespace Okra.People;

public static class ArchivePerson
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid id, OkraDbContext db, CancellationToken ct)
    {
        if (await db.People.FindAsync([id], ct) is not { } person) return Problems.NotFound("Person", id);
        person.Archive();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

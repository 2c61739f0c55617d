using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http.HttpResults;
using Okra.Api;
using Okra.Data;
using Okra.Domain.People;

namespace Okra.People;

/// <summary>Checks that need the database: a unique e-mail and an existing, loop-free manager.</summary>
internal static class PersonRules
{
    public static async Task<ValidationProblem?> ApplyAsync(Person person, PersonRequest request, OkraDbContext db, CancellationToken ct)
    {
        person.Update(request.Name ?? "", request.Email ?? "", request.Locale ?? Domain.Common.Locale.Hungarian, request.JobTitle);
        if (await db.People.AnyAsync(p => p.Email == person.Email && p.Id != person.Id, ct))
            return Problems.Invalid("email", $"'{person.Email}' is already used by another person.");
        if (request.ManagerId is { } managerId && !await db.People.AnyAsync(p => p.Id == managerId, ct))
            return Problems.Invalid("managerId", $"There is no person with id {managerId}.");
        var managers = await db.People.AsNoTracking().Where(p => p.ManagerId != null)
            .ToDictionaryAsync(p => p.Id, p => p.ManagerId, ct);
        person.ReportTo(request.ManagerId, id => managers.GetValueOrDefault(id));
        return null;
    }
}

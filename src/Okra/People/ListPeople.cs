using Microsoft.EntityFrameworkCore;
using Okra.Data;

namespace Okra.People;

public static class ListPeople
{
    public static async Task<List<PersonResponse>> Handle(OkraDbContext db, bool includeArchived = false, CancellationToken ct = default) =>
        await db.People.AsNoTracking()
            .Where(p => includeArchived || !p.IsArchived)
            .OrderBy(p => p.Name)
            .Select(p => new PersonResponse(p.Id, p.Name, p.Email, p.JobTitle, p.Locale, p.ManagerId, p.IsArchived))
            .ToListAsync(ct);
}

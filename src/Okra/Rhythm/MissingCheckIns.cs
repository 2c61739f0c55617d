using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Hosting;

namespace Okra.Rhythm;

/// <summary>A team member who has key results due in this period.</summary>
public sealed record MissingCheckInResponse(Guid PersonId, string Name, int Due, DateOnly? LastCheckIn, IReadOnlyList<string> KeyResults);

/// <summary>Who of a team's members (leads included) has not checked in this period — what a lead chases before the weekly sync.</summary>
public static class MissingCheckIns
{
    public static async Task<Results<Ok<IReadOnlyList<MissingCheckInResponse>>, ProblemHttpResult>> Handle(
        Guid id, OkraDbContext db, DueKeyResults due, Today today, CancellationToken ct)
    {
        if (!await db.Teams.AnyAsync(t => t.Id == id, ct)) return Problems.NotFound("Team", id);
        return TypedResults.Ok(await ReadAsync(id, db, due, today.Date, ct));
    }

    public static async Task<IReadOnlyList<MissingCheckInResponse>> ReadAsync(Guid teamId, OkraDbContext db, DueKeyResults due, DateOnly day, CancellationToken ct)
    {
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == teamId)
            .Join(db.People.Where(p => !p.IsArchived), m => m.PersonId, p => p.Id, (m, p) => new { p.Id, p.Name })
            .ToListAsync(ct);
        var dueNow = await due.ReadAsync(day, members.Select(m => m.Id).ToList(), ct);
        return members
            .Select(m => (Member: m, Due: dueNow.Where(d => d.OwnerPersonId == m.Id).ToList()))
            .Where(x => x.Due.Count > 0)
            .Select(x => new MissingCheckInResponse(x.Member.Id, x.Member.Name, x.Due.Count, x.Due.Max(d => d.LastCheckIn), x.Due.Select(d => d.Title).ToList()))
            .OrderByDescending(r => r.Due).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}

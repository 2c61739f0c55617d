using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Teams;
using Okra.Home;
using Okra.Teams;

namespace Okra.People;

/// <summary>A person's page: who they are, their manager and teams, and their key results as My focus reads them.</summary>
public sealed class PersonPageData(OkraDbContext db, FocusData focus)
{
    public async Task<PersonView?> ReadAsync(Guid id, CancellationToken ct)
    {
        if (await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is not { } person) return null;
        var manager = person.ManagerId is { } m
            ? await db.People.AsNoTracking().Where(p => p.Id == m).Select(p => new TeamLink(p.Id, p.Name)).FirstOrDefaultAsync(ct)
            : null;
        var teams = await db.TeamMembers.AsNoTracking().Where(tm => tm.PersonId == id)
            .Join(db.Teams.Where(t => !t.IsArchived), tm => tm.TeamId, t => t.Id, (tm, t) => new PersonTeam(t.Id, t.Name, tm.Role))
            .ToListAsync(ct);
        return new PersonView(person.Id, person.Name, person.Email, person.JobTitle, person.IsArchived, manager,
            teams.OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList(), await focus.ReadAsync(person.Id, person.Name, ct));
    }
}

public sealed record PersonTeam(Guid Id, string Name, TeamRole Role);

public sealed record PersonView(Guid Id, string Name, string Email, string? JobTitle, bool IsArchived, TeamLink? Manager,
    IReadOnlyList<PersonTeam> Teams, FocusView Focus);

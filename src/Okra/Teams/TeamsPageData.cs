using Microsoft.EntityFrameworkCore;
using Okra.Cycles;
using Okra.Data;
using Okra.Domain.Progress;
using Okra.Domain.Teams;
using Okra.Hosting;
using Okra.Tree;

namespace Okra.Teams;

/// <summary>
/// The teams and team pages' read: teams with their people, and the progress of their objectives and key results in a
/// cycle taken from that cycle's tree (<see cref="TreeBuilder"/>), so every figure is the tree's.
/// </summary>
public sealed class TeamsPageData(OkraDbContext db, TreeBuilder trees, Today today)
{
    public async Task<TeamsView> TeamsAsync(CancellationToken ct)
    {
        var cycle = await CurrentCycle.FindAsync(db, today.Date, ct);
        var objectives = cycle is null ? [] : Flatten((await trees.BuildAsync(cycle, new TreeFilter(), ct)).Objectives).ToList();
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var teams = await db.Teams.AsNoTracking().Include(t => t.Members).Where(t => !t.IsArchived).OrderBy(t => t.Name).ToListAsync(ct);
        var summaries = teams.Select(t =>
        {
            var own = objectives.Where(o => o.OwnerTeamIds.Contains(t.Id)).ToList();
            return new TeamSummary(t.Id, t.Name, t.Kind, t.ParentTeamId,
                t.Members.Where(m => m.Role == TeamRole.Lead).Select(m => people.GetValueOrDefault(m.PersonId, "?")).ToList(),
                t.Members.Count, own.Count, own.Count == 0 ? null : own.Average(o => o.Progress), own.Select(o => o.Status).ToList());
        }).ToList();
        return new TeamsView(cycle is null ? null : CycleResponse.From(cycle), summaries);
    }

    /// <summary>One team in a cycle (the current one by default), or null when there is no such team.</summary>
    public async Task<TeamView?> TeamAsync(Guid id, Guid? cycleId, CancellationToken ct)
    {
        if (await db.Teams.AsNoTracking().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct) is not { } team) return null;
        var cycles = await ListCycles.Handle(db, includeArchived: false, ct);
        var current = await CurrentCycle.FindAsync(db, today.Date, ct);
        var cycle = cycleId is { } given ? await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == given, ct) : current;
        var objectives = cycle is null ? [] : Flatten((await trees.BuildAsync(cycle, new TreeFilter(), ct)).Objectives).ToList();
        var memberIds = team.Members.Select(m => m.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => memberIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var keyResults = objectives.SelectMany(o => o.KeyResults).ToList();
        var members = team.Members.Where(m => people.ContainsKey(m.PersonId))
            .Select(m =>
            {
                var person = people[m.PersonId];
                var own = keyResults.Where(k => k.OwnerPersonId == m.PersonId).ToList();
                return new MemberSummary(person.Id, person.Name, person.JobTitle, m.Role, own.Count,
                    own.Count == 0 ? null : own.Average(k => k.Progress), own.Select(k => k.Status).ToList());
            })
            .OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
        var parent = team.ParentTeamId is { } p ? await db.Teams.AsNoTracking().Where(t => t.Id == p).Select(t => new TeamLink(t.Id, t.Name)).FirstOrDefaultAsync(ct) : null;
        return new TeamView(team.Id, team.Name, team.Kind, parent, cycles, current?.Id, cycle is null ? null : CycleResponse.From(cycle),
            members, objectives.Where(o => o.OwnerTeamIds.Contains(id)).ToList());
    }

    private static IEnumerable<ObjectiveNodeResponse> Flatten(IEnumerable<ObjectiveNodeResponse> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}

public sealed record TeamLink(Guid Id, string Name);

/// <summary>A team in the list: who leads it, how many belong, and how its objectives of the current cycle stand.</summary>
public sealed record TeamSummary(Guid Id, string Name, TeamKind Kind, Guid? ParentTeamId, IReadOnlyList<string> Leads, int MemberCount,
    int ObjectiveCount, decimal? Progress, IReadOnlyList<Status> Statuses);

public sealed record TeamsView(CycleResponse? Cycle, IReadOnlyList<TeamSummary> Teams);

/// <summary>A member of a team with their key results' mean progress in the cycle.</summary>
public sealed record MemberSummary(Guid PersonId, string Name, string? JobTitle, TeamRole Role, int KeyResultCount, decimal? Progress, IReadOnlyList<Status> Statuses);

public sealed record TeamView(Guid Id, string Name, TeamKind Kind, TeamLink? Parent, IReadOnlyList<CycleResponse> Cycles, Guid? CurrentCycleId,
    CycleResponse? Cycle, IReadOnlyList<MemberSummary> Members, IReadOnlyList<ObjectiveNodeResponse> Objectives);

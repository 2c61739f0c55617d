using Microsoft.EntityFrameworkCore;
using Okra.Cycles;
using Okra.Data;
using Okra.Domain.Cycles;
using Okra.Domain.Objectives;
using Okra.Domain.People;
using Okra.Domain.Teams;

namespace Okra.Tree;

/// <summary>Builds the alignment tree of a cycle from an <see cref="OkrSnapshot"/>: company → team → personal.</summary>
public sealed class TreeBuilder(OkraDbContext db, SnapshotReader reader)
{
    // A team's tree is the page most visited: its queries by id are compiled (see TeamScope).
    private static readonly CompiledListQuery<Guid, Guid> MembersOf = new((db, team) =>
        db.TeamMembers.Where(m => m.TeamId == team).Select(m => m.PersonId));

    private static readonly CompiledListQuery<Guid[], Person> PeopleById = new((db, ids) =>
        db.People.AsNoTracking().Where(p => ids.Contains(p.Id)));

    private static readonly CompiledListQuery<Guid[], Team> TeamsById = new((db, ids) =>
        db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)));

    /// <summary>
    /// The tree of <paramref name="cycle"/>: its objectives and those of shorter cycles inside it (a year shows its
    /// quarters' objectives under their annual parents). Roots are objectives whose parent lies outside the set.
    /// </summary>
    public async Task<TreeResponse> BuildAsync(Cycle cycle, TreeFilter filter, CancellationToken ct)
    {
        var snapshot = filter.TeamId is { } team
            ? await reader.ReadByIdAsync(await TeamScope.NarrowAsync(db, cycle, team, ct), cycle, ct)
            : await reader.ReadAsync(InTree(cycle), ct, known: cycle);
        var names = await NamesAsync(snapshot, ct);
        var members = filter.TeamId is { } teamId ? (await MembersOf.ListAsync(db, teamId, ct)).ToHashSet() : [];

        var byId = snapshot.Objectives.ToDictionary(o => o.Id);
        var visible = filter.IsEmpty ? byId.Keys.ToHashSet() : Matching(snapshot, filter, members, byId);
        var nodes = new NodeBuilder(snapshot, names, visible);
        var roots = snapshot.Objectives.Where(o => visible.Contains(o.Id) && !(o.ParentObjectiveId is { } p && visible.Contains(p)));
        return new TreeResponse(
            CycleResponse.From(cycle), snapshot.Today, visible.Count,
            snapshot.Objectives.Where(o => visible.Contains(o.Id)).Sum(o => snapshot.KeyResultsByObjective[o.Id].Count()),
            NodeBuilder.Ordered(roots).Select(nodes.Build).ToList());
    }

    /// <summary>The objectives, not archived, of <paramref name="cycle"/> and of the shorter cycles inside it.</summary>
    private IQueryable<Objective> InTree(Cycle cycle)
    {
        var inCycle = db.Cycles.Where(c => c.StartDate >= cycle.StartDate && c.EndDate <= cycle.EndDate).Select(c => c.Id);
        return db.Objectives.Where(o => o.Status != ObjectiveStatus.Archived && inCycle.Contains(o.CycleId));
    }

    /// <summary>Person and team names, for owners.</summary>
    public async Task<OwnerNames> NamesAsync(CancellationToken ct) => new(
        await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct),
        await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct));

    /// <summary>The names of the owners in <paramref name="snapshot"/> only: a company has ten thousand people, a tree few.</summary>
    public async Task<OwnerNames> NamesAsync(OkrSnapshot snapshot, CancellationToken ct)
    {
        var people = snapshot.Objectives.Where(o => o.OwnerPersonId is not null).Select(o => o.OwnerPersonId!.Value)
            .Concat(snapshot.KeyResultsByObjective.SelectMany(g => g).Select(k => k.OwnerPersonId)).Distinct().ToList();
        var teams = snapshot.Objectives.SelectMany(o => o.OwnerTeams).Select(t => t.TeamId).Distinct().ToList();
        return await NamesAsync(people, teams, ct);
    }

    /// <summary>The names of <paramref name="people"/> and <paramref name="teams"/>.</summary>
    public async Task<OwnerNames> NamesAsync(IReadOnlyCollection<Guid> people, IReadOnlyCollection<Guid> teams, CancellationToken ct) => new(
        people.Count == 0 ? new Dictionary<Guid, string>() : (await PeopleById.ListAsync(db, [.. people], ct)).ToDictionary(p => p.Id, p => p.Name),
        teams.Count == 0 ? new Dictionary<Guid, string>() : (await TeamsById.ListAsync(db, [.. teams], ct)).ToDictionary(t => t.Id, t => t.Name));

    private static HashSet<Guid> Matching(OkrSnapshot snapshot, TreeFilter filter, HashSet<Guid> members, Dictionary<Guid, Objective> byId)
    {
        var query = filter.Query?.Trim();
        bool Matches(Objective o)
        {
            var keyResults = snapshot.KeyResultsByObjective[o.Id];
            if (filter.Level is { } level && o.Level != level) return false;
            if (filter.Status is { } status && snapshot.ObjectiveProgress[o.Id].Status != status) return false;
            if (filter.OwnerId is { } owner && o.OwnerPersonId != owner && keyResults.All(k => k.OwnerPersonId != owner)) return false;
            if (filter.TeamId is { } team && o.OwnerTeams.All(t => t.TeamId != team)
                && !(o.OwnerPersonId is { } p && members.Contains(p)) && keyResults.All(k => !members.Contains(k.OwnerPersonId))) return false;
            if (!string.IsNullOrEmpty(query) && !o.Title.Contains(query, StringComparison.CurrentCultureIgnoreCase)
                && keyResults.All(k => !k.Title.Contains(query, StringComparison.CurrentCultureIgnoreCase))) return false;
            return true;
        }

        var visible = new HashSet<Guid>();
        foreach (var match in snapshot.Objectives.Where(Matches))
        {
            // Keep the chain up to the root so a match is shown where it belongs.
            Guid? id = match.Id;
            while (id is { } current && byId.TryGetValue(current, out var objective) && visible.Add(current))
                id = objective.ParentObjectiveId;
        }
        return visible;
    }
}

/// <summary>Names of people and teams by id.</summary>
public sealed record OwnerNames(IReadOnlyDictionary<Guid, string> People, IReadOnlyDictionary<Guid, string> Teams)
{
    public string Person(Guid id) => People.GetValueOrDefault(id, "?");

    public string Owner(Objective o) => o.OwnerPersonId is { } p
        ? Person(p)
        : string.Join(" + ", o.OwnerTeams.Select(t => Teams.GetValueOrDefault(t.TeamId, "?")).Order(StringComparer.CurrentCulture));
}

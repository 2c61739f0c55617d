using Microsoft.EntityFrameworkCore;
using Okra.Cycles;
using Okra.Data;
using Okra.Hosting;

namespace Okra.Tree;

/// <summary>What the tree page reads: the cycles, teams and people to pick from, and the tree itself (from <see cref="TreeBuilder"/>).</summary>
public sealed class TreePageData(OkraDbContext db, TreeBuilder builder, Today today)
{
    public async Task<TreeChoices> ChoicesAsync(CancellationToken ct)
    {
        var cycles = await ListCycles.Handle(db, includeArchived: false, ct);
        var current = await CurrentCycle.FindAsync(db, today.Date, ct);
        var teams = await db.Teams.AsNoTracking().Where(t => !t.IsArchived).OrderBy(t => t.Name).Select(t => new Choice(t.Id, t.Name)).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);
        return new TreeChoices(cycles, current?.Id, teams, people);
    }

    /// <summary>The tree of a cycle, or null when there is no such cycle.</summary>
    public async Task<TreeResponse?> BuildAsync(Guid cycleId, TreeFilter filter, CancellationToken ct) =>
        await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId, ct) is { } cycle
            ? await builder.BuildAsync(cycle, filter, ct)
            : null;
}

/// <summary>A team or person to filter by.</summary>
public sealed record Choice(Guid Id, string Name);

/// <summary>The tree page's pickers: cycles (newest first) with the one containing today, teams and people.</summary>
public sealed record TreeChoices(IReadOnlyList<CycleResponse> Cycles, Guid? CurrentCycleId, IReadOnlyList<Choice> Teams, IReadOnlyList<Choice> People);

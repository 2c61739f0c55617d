using Microsoft.EntityFrameworkCore;
using Okra.Cycles;
using Okra.Data;
using Okra.Hosting;
using Okra.Security;
using Okra.Tree;

namespace Okra.Reviews;

/// <summary>The pickers of the review, cycle-close and recognition pages: cycles, teams, people, and what the actor may do.</summary>
public sealed record RhythmChoices(
    IReadOnlyList<CycleResponse> Cycles, Guid? CurrentCycleId, IReadOnlyList<Choice> Teams, IReadOnlyList<Choice> People,
    Guid PersonId, bool IsAdmin, IReadOnlySet<Guid> LedTeams)
{
    public bool LeadsAnyTeam => IsAdmin || LedTeams.Count > 0;
}

/// <summary>Reads for the review pages.</summary>
public sealed class ReviewsPageData(OkraDbContext db, Today today, CurrentActor current, ReviewDetails details)
{
    public async Task<RhythmChoices> ChoicesAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        var cycles = await ListCycles.Handle(db, includeArchived: false, ct);
        var now = await CurrentCycle.FindAsync(db, today.Date, ct);
        var teams = await db.Teams.AsNoTracking().Where(t => !t.IsArchived).OrderBy(t => t.Name).Select(t => new Choice(t.Id, t.Name)).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);
        return new RhythmChoices(cycles, now?.Id, teams, people, actor.PersonId, actor.IsAdmin, actor.LedTeams);
    }

    public async Task<List<ReviewSummaryResponse>> ListAsync(Guid cycleId, CancellationToken ct) =>
        (await ListReviews.Handle(db, ct, cycleId)).Value!;

    public Task<ReviewResponse?> ReadAsync(Guid id, CancellationToken ct) => details.ReadAsync(id, ct);
}

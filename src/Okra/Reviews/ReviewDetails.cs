using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Reviews;
using Okra.Tree;

namespace Okra.Reviews;

/// <summary>
/// Reads a review with its agenda generated from the data (<see cref="ReviewAgenda"/>): the key results of the reviewed teams
/// in the review's cycle — those of objectives the teams own, and those their members own or whose personal objectives they
/// own — evaluated by the same <see cref="SnapshotReader"/> as every other page.
/// </summary>
public sealed class ReviewDetails(OkraDbContext db, SnapshotReader reader, TreeBuilder tree, ReviewAccess access)
{
    public async Task<ReviewResponse?> ReadAsync(Guid id, CancellationToken ct)
    {
        var review = await db.Reviews.AsNoTracking().Include(r => r.Teams).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (review is null) return null;
        var teamIds = review.Teams.Select(t => t.TeamId).ToList();
        var cycle = await db.Cycles.AsNoTracking().FirstAsync(c => c.Id == review.CycleId, ct);
        var members = db.TeamMembers.Where(m => teamIds.Contains(m.TeamId)).Select(m => m.PersonId);
        var ownedByTeams = db.ObjectiveTeams.Where(t => teamIds.Contains(t.TeamId)).Select(t => t.ObjectiveId);
        var withMembersKeyResults = db.KeyResults.Where(k => members.Contains(k.OwnerPersonId)).Select(k => k.ObjectiveId);
        var snapshot = await reader.ReadAsync(db.Objectives.Where(o => o.CycleId == review.CycleId && o.Status != ObjectiveStatus.Archived
            && (ownedByTeams.Contains(o.Id) || withMembersKeyResults.Contains(o.Id) || (o.OwnerPersonId != null && members.Contains(o.OwnerPersonId.Value)))), ct);
        var memberIds = (await members.Distinct().ToListAsync(ct)).ToHashSet();
        var names = await tree.NamesAsync(ct);

        var teamSet = teamIds.ToHashSet();
        bool TeamsOwn(Objective o) => o.OwnerTeams.Any(t => teamSet.Contains(t.TeamId)) || (o.OwnerPersonId is { } p && memberIds.Contains(p));
        var keyResults = snapshot.Objectives
            .SelectMany(o => snapshot.KeyResultsByObjective[o.Id].Where(k => TeamsOwn(o) || memberIds.Contains(k.OwnerPersonId)))
            .ToList();
        var keyResultIds = keyResults.Select(k => k.Id).ToList();
        var checkIns = (await db.CheckIns.AsNoTracking().Where(c => !c.IsRetracted && keyResultIds.Contains(c.KeyResultId))
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
                .Select(c => new { c.KeyResultId, c.Date, c.Confidence, c.Blockers }).ToListAsync(ct))
            .ToLookup(c => c.KeyResultId, c => new AgendaCheckIn(c.Date, c.Confidence, c.Blockers));
        var previous = await db.Reviews.AsNoTracking()
            .Where(r => r.Id != review.Id && r.Date < review.Date && r.Teams.Any(t => teamIds.Contains(t.TeamId)))
            .MaxAsync(r => (DateOnly?)r.Date, ct);
        var since = previous is { } day && day >= cycle.StartDate ? day : ReviewAgenda.DefaultSince(review.Kind, review.Date, cycle.StartDate);
        var agenda = ReviewAgenda.Of(
            [.. keyResults.Select(k => new AgendaKeyResult(k.Id, k.ObjectiveId, snapshot.KeyResultProgress[k.Id].Status, [.. checkIns[k.Id]]))],
            [.. snapshot.Objectives.Where(TeamsOwn).Select(o => new AgendaObjective(o.Id, o.IsShared))],
            review.Date, since);

        var objectives = snapshot.Objectives.ToDictionary(o => o.Id);
        var byId = keyResults.ToDictionary(k => k.Id);
        AgendaItem Item(Guid keyResultId)
        {
            var k = byId[keyResultId];
            return new AgendaItem(KeyResultProgressResponse.From(k, snapshot.KeyResultProgress[k.Id], snapshot.ConfidenceOf(k.Id), names.Person(k.OwnerPersonId)),
                objectives[k.ObjectiveId].Title);
        }
        var nodes = new NodeBuilder(snapshot, names, new HashSet<Guid>());
        var decisions = await db.ReviewDecisions.AsNoTracking().Where(d => d.ReviewId == id).ToListAsync(ct);
        var actions = await db.ActionItems.AsNoTracking().Where(a => a.ReviewId == id).ToListAsync(ct);
        var teamNames = review.Teams.Select(t => new TeamRef(t.TeamId, names.Teams.GetValueOrDefault(t.TeamId, "?"))).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();

        return new ReviewResponse(
            review.Id, review.CycleId, cycle.Name, review.Title, review.Kind, review.Date, teamNames, review.Notes,
            review.PublishedAt, review.PublishedById is { } by ? names.Person(by) : null, await access.CanRunAsync(teamIds, ct),
            new AgendaResponse(since,
                [.. agenda.OffTrack.Select(Item)], [.. agenda.AtRisk.Select(Item)],
                [.. agenda.ConfidenceDrops.Select(d => new ConfidenceDropItem(Item(d.KeyResultId), d.From, d.To))],
                [.. agenda.Blockers.Select(b => new BlockerItem(Item(b.KeyResultId), b.Date, b.Blockers))],
                [.. agenda.NoCheckInThisWeek.Select(Item)],
                [.. agenda.SharedObjectives.Select(o => nodes.Build(objectives[o]))]),
            [.. decisions.OrderBy(d => d.CreatedAt).Select(d => new DecisionResponse(d.Id, d.Text, d.KeyResultId, d.CreatedAt))],
            [.. actions.OrderBy(a => a.Done).ThenBy(a => a.DueDate ?? DateOnly.MaxValue).ThenBy(a => a.CreatedAt)
                .Select(a => new ActionItemResponse(a.Id, a.Text, a.OwnerPersonId, names.Person(a.OwnerPersonId), a.DueDate, a.Done))]);
    }
}

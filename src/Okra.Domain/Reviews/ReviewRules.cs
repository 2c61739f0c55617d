using Okra.Domain.Access;

namespace Okra.Domain.Reviews;

/// <summary>Who runs a review: admins and leads of one of its teams (or of a team above one). Everyone signed in reads reviews.</summary>
public static class ReviewRules
{
    /// <summary>Creating a review of <paramref name="teamIds"/>, writing its notes, decisions and action items, re-evaluating goals, publishing.</summary>
    public static bool CanRun(Actor actor, IReadOnlyCollection<Guid> teamIds) =>
        actor.IsAdmin || (actor.CanWrite && teamIds.Any(actor.LedTeams.Contains));

    /// <summary>Ticking an action item done: whoever runs the review, and the item's owner.</summary>
    public static bool CanTick(Actor actor, IReadOnlyCollection<Guid> teamIds, Guid ownerPersonId) =>
        CanRun(actor, teamIds) || (actor.CanWrite && actor.PersonId == ownerPersonId);
}

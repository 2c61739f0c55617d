using Okra.Domain.Access;

namespace Okra.Domain.Feedback;

/// <summary>Who may see a person's 1:1 page and development areas: the person, their leads and manager, and admins.</summary>
public static class OneOnOneRules
{
    /// <summary>
    /// True for admins, the person, their manager, and leads of a team the person belongs to (or of a team above it).
    /// </summary>
    public static bool CanSee(Actor actor, Guid personId, Guid? managerId, IReadOnlyCollection<Guid> personTeams) =>
        actor.IsAdmin
        || (actor.PersonId != Guid.Empty && (actor.PersonId == personId || actor.PersonId == managerId))
        || personTeams.Any(actor.LedTeams.Contains);

    /// <summary>Changing development areas: the same people, except a read-only account.</summary>
    public static bool CanEdit(Actor actor, Guid personId, Guid? managerId, IReadOnlyCollection<Guid> personTeams) =>
        actor.CanWrite && CanSee(actor, personId, managerId, personTeams);
}

using Okra.Domain.Access;

namespace Okra.Domain.Scoring;

/// <summary>Who closes cycles and writes retrospectives.</summary>
public static class ScoringRules
{
    /// <summary>Closing a cycle: admins and team leads (closing is the end-of-quarter ritual leads run with their teams).</summary>
    public static bool CanClose(Actor actor) => actor.IsAdmin || (actor.CanWrite && actor.LedTeams.Count > 0);

    /// <summary>A team's retrospective: its leads (and leads above it) and admins.</summary>
    public static bool CanWriteRetrospective(Actor actor, Guid teamId) => actor.IsAdmin || (actor.CanWrite && actor.LedTeams.Contains(teamId));
}

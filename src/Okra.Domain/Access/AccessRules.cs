using Okra.Domain.Objectives;

namespace Okra.Domain.Access;

/// <summary>
/// Who may change what (the README's roles table). Reading is open to every signed-in account; these rules decide writes.
/// <list type="bullet">
/// <item>Admin: everything.</item>
/// <item>Team lead (of a team and the teams below it): create and edit that team's objectives and key results — and those of
/// its members — approve proposed objectives, check in on any of them.</item>
/// <item>Member: create personal objectives, propose objectives for their own teams, edit and check in on the key results
/// they own, comment on anything.</item>
/// <item>Viewer: nothing.</item>
/// </list>
/// </summary>
public static class AccessRules
{
    /// <summary>People, teams, cycles and settings.</summary>
    public static bool CanAdministrate(Actor actor) => actor.IsAdmin;

    /// <summary>Creating an objective with the given owners, in draft or proposed.</summary>
    public static bool CanCreateObjective(Actor actor, OkrScope scope)
    {
        if (actor.IsAdmin) return true;
        if (!actor.CanWrite) return false;
        return scope.Level switch
        {
            ObjectiveLevel.Company => false,
            ObjectiveLevel.Personal => scope.OwnerPersonId == actor.PersonId || scope.IsLedBy(actor),
            // A member proposes for a team they belong to; a lead creates for a team they lead.
            _ => scope.OwnerTeamIds.Count > 0 && scope.OwnerTeamIds.All(t => actor.MemberTeams.Contains(t) || actor.LedTeams.Contains(t)),
        };
    }

    /// <summary>
    /// Editing an objective's text, owners and alignment, and adding or editing its key results: admins, leads of its team,
    /// the owner of a personal objective, and — while it is a draft or a proposal — members of its owning teams.
    /// </summary>
    public static bool CanEditObjective(Actor actor, OkrScope scope)
    {
        if (actor.IsAdmin) return true;
        if (!actor.CanWrite) return false;
        if (scope.IsLedBy(actor)) return true;
        if (scope.Level == ObjectiveLevel.Personal) return scope.OwnerPersonId == actor.PersonId;
        return scope.Status is ObjectiveStatus.Draft or ObjectiveStatus.Proposed && scope.OwnerTeamIds.Any(actor.MemberTeams.Contains);
    }

    /// <summary>Moving an objective to <paramref name="target"/>: approval (active), closing and archiving are for leads; owners may propose or withdraw.</summary>
    public static bool CanMoveObjective(Actor actor, OkrScope scope, ObjectiveStatus target)
    {
        if (actor.IsAdmin) return true;
        if (!actor.CanWrite) return false;
        if (scope.IsLedBy(actor)) return true;
        var proposer = scope.Level == ObjectiveLevel.Personal
            ? scope.OwnerPersonId == actor.PersonId
            : scope.OwnerTeamIds.Any(actor.MemberTeams.Contains);
        return proposer && target is ObjectiveStatus.Draft or ObjectiveStatus.Proposed;
    }

    /// <summary>Editing a key result: whoever may edit its objective, and its owner.</summary>
    public static bool CanEditKeyResult(Actor actor, OkrScope scope, Guid keyResultOwnerId) =>
        IsAdminOrWritingOwner(actor.Role, actor.PersonId, keyResultOwnerId) || CanEditObjective(actor, scope);

    /// <summary>
    /// The part of <see cref="CanEditKeyResult"/> and <see cref="CanCheckIn"/> that the account alone decides: admins, and
    /// the key result's owner unless their account is read-only. When it holds, neither the teams nor the objective matter,
    /// so a caller need not read them.
    /// </summary>
    public static bool IsAdminOrWritingOwner(AccountRole role, Guid personId, Guid keyResultOwnerId) =>
        role == AccountRole.Admin || (role != AccountRole.Viewer && keyResultOwnerId == personId);

    /// <summary>Checking in: the owner, a lead of the objective's team (or of the owner's team), admins.</summary>
    public static bool CanCheckIn(Actor actor, OkrScope scope, Guid keyResultOwnerId, IReadOnlyCollection<Guid> keyResultOwnerTeams) =>
        CanEditKeyResult(actor, scope, keyResultOwnerId) || (actor.CanWrite && keyResultOwnerTeams.Any(actor.LedTeams.Contains));

    /// <summary>
    /// Sending sales data (customers, deals, activities …): admins and members, whose CRM integrations run with their write
    /// tokens; viewers only read. Exchange rates are organisation settings and need <see cref="CanAdministrate"/>.
    /// </summary>
    public static bool CanIngestSalesData(Actor actor) => actor.CanWrite;

    /// <summary>Commenting on anything: everyone but viewers.</summary>
    public static bool CanComment(Actor actor) => actor.CanWrite;

    /// <summary>Removing a comment: admins, and its author while they may still write (a viewer reads only, their old comments included).</summary>
    public static bool CanDeleteComment(Actor actor, Guid authorPersonId) =>
        actor.IsAdmin || (actor.CanWrite && authorPersonId == actor.PersonId);
}

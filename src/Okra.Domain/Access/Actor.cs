namespace Okra.Domain.Access;

/// <summary>
/// Who is acting: their person, role, the teams they lead (with every team below those) and the teams they belong to.
/// </summary>
/// <param name="PersonId">The acting person.</param>
/// <param name="Role">Their account role.</param>
/// <param name="LedTeams">Teams they lead and all teams below them.</param>
/// <param name="MemberTeams">Teams they are a lead or member of.</param>
public sealed record Actor(Guid PersonId, AccountRole Role, IReadOnlySet<Guid> LedTeams, IReadOnlySet<Guid> MemberTeams)
{
    /// <summary>True for admins.</summary>
    public bool IsAdmin => Role == AccountRole.Admin;

    /// <summary>True unless the account is read-only.</summary>
    public bool CanWrite => Role != AccountRole.Viewer;

    /// <summary>Teams led by the actor, with every team below them, from each team's parent.</summary>
    public static IReadOnlySet<Guid> Below(IEnumerable<Guid> led, IReadOnlyDictionary<Guid, Guid?> parentOf)
    {
        var result = new HashSet<Guid>(led);
        var children = parentOf.Where(p => p.Value is not null).ToLookup(p => p.Value!.Value, p => p.Key);
        var pending = new Stack<Guid>(result);
        while (pending.TryPop(out var team))
        {
            foreach (var child in children[team])
            {
                if (result.Add(child)) pending.Push(child);
            }
        }
        return result;
    }
}

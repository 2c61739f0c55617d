namespace Okra.Domain.Common;

/// <summary>Walks parent links (manager, parent team, aligned objective) to refuse loops.</summary>
public static class Chain
{
    /// <summary>
    /// True when following <paramref name="parentOf"/> from <paramref name="start"/> reaches <paramref name="self"/>,
    /// i.e. making <paramref name="start"/> the parent of <paramref name="self"/> would close a loop.
    /// A loop already in the data that does not pass through <paramref name="self"/> ends the walk.
    /// </summary>
    public static bool Reaches(Guid self, Guid? start, Func<Guid, Guid?> parentOf)
    {
        var seen = new HashSet<Guid>();
        for (var node = start; node is { } id; node = parentOf(id))
        {
            if (id == self) return true;
            if (!seen.Add(id)) return false;
        }
        return false;
    }
}

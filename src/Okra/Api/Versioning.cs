using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Common;

namespace Okra.Api;

/// <summary>Optimistic concurrency for <see cref="IVersioned"/> entities.</summary>
public static class Versioning
{
    /// <summary>
    /// Makes the coming save succeed only if the row is still at <paramref name="expectedVersion"/>: the
    /// database compares it in the UPDATE, so a change saved in between makes the save fail rather than overwrite.
    /// </summary>
    public static void ExpectVersion<T>(this OkraDbContext db, T entity, int expectedVersion) where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;

    /// <summary>
    /// Saves, answering false instead of throwing when someone else saved a change between the handler's version
    /// check and this save, so that the handler can answer 409 with the current state like any other stale change.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this OkraDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}

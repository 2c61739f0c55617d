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
}

using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Okra.Domain.Audit;
using Okra.Domain.CheckIns;
using Okra.Domain.Common;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;

namespace Okra.Data;

public abstract partial class OkraDbContext
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EnsureCyclesOpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        BeforeSave();
        return Write(() => base.SaveChanges(acceptAllChangesOnSuccess));
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await EnsureCyclesOpenAsync(cancellationToken);
        BeforeSave();
        return await WriteAsync(() => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
    }

    /// <summary>Runs the provider's write of a save whose checks and audit entries are done; a provider may queue it.</summary>
    protected virtual int Write(Func<int> save) => save();

    /// <inheritdoc cref="Write"/>
    protected virtual Task<int> WriteAsync(Func<Task<int>> save, CancellationToken ct) => save();

    /// <summary>
    /// Bumps the version of every changed versioned entity and writes an audit entry for every change of an
    /// <see cref="AuditedAttribute"/> property, so no handler can forget either.
    /// </summary>
    private void BeforeSave()
    {
        if (!Audit.Enabled) return;
        ChangeTracker.DetectChanges();
        var now = Clock.GetUtcNow();
        var entries = new List<AuditEntry>();
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is IVersioned && entry.State == EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
            if (entry.Entity is Objective or KeyResult or CheckIn)
                entries.AddRange(AuditChanges(entry, now));
        }
        AuditEntries.AddRange(entries);
    }

    private IEnumerable<AuditEntry> AuditChanges(EntityEntry entry, DateTimeOffset now)
    {
        var type = entry.Metadata.ClrType;
        var id = (Guid)entry.Property("Id").CurrentValue!;
        // A check-in is its own record of creation; only later corrections and retractions are audited.
        if (entry.State == EntityState.Added && entry.Entity is not CheckIn)
        {
            yield return new AuditEntry(type.Name, id, "Created", null, Describe(entry), Audit.Actor, Audit.Reason, now);
            yield break;
        }
        if (entry.State != EntityState.Modified) yield break;
        foreach (var property in entry.Properties.Where(p => p.IsModified && IsAudited(type, p.Metadata.Name)))
        {
            var before = Format(property.OriginalValue);
            var after = Format(property.CurrentValue);
            if (before != after)
                yield return new AuditEntry(type.Name, id, property.Metadata.Name, before, after, Audit.Actor, Audit.Reason, now);
        }
    }

    private static bool IsAudited(Type type, string property) =>
        type.GetProperty(property)?.GetCustomAttribute<AuditedAttribute>() is not null;

    private static string Describe(EntityEntry entry) =>
        entry.Entity switch
        {
            Objective o => o.Title,
            KeyResult k => k.Title,
            _ => entry.Metadata.ClrType.Name,
        };

    private static string? Format(object? value) => value switch
    {
        null => null,
        // Without trailing zeros, so 150 reads the same from SQLite ("150.0") and PostgreSQL ("150").
        decimal d => d.ToString("0.############################", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Okra.Data.Accounts;
using Okra.Domain.Access;
using Okra.Domain.Audit;
using Okra.Domain.CheckIns;
using Okra.Domain.Cycles;
using Okra.Domain.Initiatives;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Organisations;
using Okra.Domain.People;
using Okra.Domain.Teams;

namespace Okra.Data;

/// <summary>
/// The one EF Core model of Okra. Each provider has a subclass so that its migrations live apart
/// (<see cref="SqliteOkraDbContext"/>, <see cref="PostgresOkraDbContext"/>); code depends on this type only.
/// <para>The app takes its contexts from EF Core's pool (a request no longer builds a context and its internal services
/// anew): whatever a unit of work sets on a context beyond EF Core's own state is set afresh by
/// <see cref="ForUnitOfWork"/> when the context is handed out.</para>
/// </summary>
public abstract partial class OkraDbContext(DbContextOptions options)
    : IdentityUserContext<OkraUser, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Cycle> Cycles => Set<Cycle>();
    public DbSet<Objective> Objectives => Set<Objective>();
    public DbSet<ObjectiveTeam> ObjectiveTeams => Set<ObjectiveTeam>();
    public DbSet<KeyResult> KeyResults => Set<KeyResult>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Domain.Comments.Comment> Comments => Set<Domain.Comments.Comment>();
    public DbSet<Domain.Rhythm.ScheduledJob> ScheduledJobs => Set<Domain.Rhythm.ScheduledJob>();
    public DbSet<Domain.Rhythm.Notification> Notifications => Set<Domain.Rhythm.Notification>();
    public DbSet<Domain.Integrations.WebhookSubscription> WebhookSubscriptions => Set<Domain.Integrations.WebhookSubscription>();
    public DbSet<Domain.Integrations.Delivery> Deliveries => Set<Domain.Integrations.Delivery>();

    /// <summary>Data-protection keys, shared by every instance on one database (cookies, invitation links).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Who is changing things in this unit of work and why; read when audit entries are written.</summary>
    public AuditScope Audit { get; private set; } = new();

    /// <summary>The clock used for audit times.</summary>
    public TimeProvider Clock { get; private set; } = TimeProvider.System;

    /// <summary>
    /// Starts a unit of work on this context, which may have served another one before (a pooled context): the request's
    /// clock; the audit's actor, reason and switch back to "system", none and on; no cycle vouched for as read open
    /// (<see cref="ReadInOpenCycle"/>).
    /// </summary>
    public OkraDbContext ForUnitOfWork(TimeProvider clock)
    {
        Clock = clock;
        Audit = new AuditScope();
        keyResultReadOpen = null;
        return this;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OkraDbContext).Assembly);
        // Enums are stored by name: readable in SQL and safe against reordering.
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type.IsEnum)
            {
                property.SetProviderClrType(typeof(string));
                property.SetMaxLength(32);
            }
        }
    }
}

/// <summary>The actor and reason recorded with audited changes.</summary>
public sealed class AuditScope
{
    /// <summary>Who makes the change; "system" until someone is known.</summary>
    public string Actor { get; set; } = "system";

    /// <summary>Why, when the request gave a reason.</summary>
    public string? Reason { get; set; }

    /// <summary>
    /// False while restoring an export: the rows already carry their history, so nothing new is audited and
    /// versions are kept as they were.
    /// </summary>
    public bool Enabled { get; set; } = true;
}

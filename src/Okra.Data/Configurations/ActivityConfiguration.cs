using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Sales;

namespace Okra.Data.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.ExternalId).HasMaxLength(100);
        builder.Property(a => a.CustomerExternalId).HasMaxLength(100);
        builder.Property(a => a.Outcome).HasMaxLength(200);
        builder.HasIndex(a => a.ExternalId).IsUnique();
        // Drill-down and the recompute read one person's days (the daily counts answer everything else), through an index
        // that each provider shapes its own way: see OnModelCreating in SqliteOkraDbContext and PostgresOkraDbContext.
    }
}

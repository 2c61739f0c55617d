using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Sales;

namespace Okra.Data.Configurations;

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.Property(d => d.ExternalId).HasMaxLength(100);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.CustomerExternalId).HasMaxLength(100);
        builder.Property(d => d.Currency).HasMaxLength(3);
        builder.Property(d => d.Stage).HasMaxLength(100);
        builder.Property(d => d.Market).HasMaxLength(100);
        builder.HasIndex(d => d.ExternalId).IsUnique();
        builder.HasIndex(d => d.ClosedOn);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Sales;

namespace Okra.Data.Configurations;

internal sealed class MarketConfiguration : IEntityTypeConfiguration<Market>
{
    public void Configure(EntityTypeBuilder<Market> builder)
    {
        builder.Property(m => m.ExternalId).HasMaxLength(100);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.HasIndex(m => m.ExternalId).IsUnique();
    }
}

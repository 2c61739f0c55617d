using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Sales;

namespace Okra.Data.Configurations;

internal sealed class SubscriptionMovementConfiguration : IEntityTypeConfiguration<SubscriptionMovement>
{
    public void Configure(EntityTypeBuilder<SubscriptionMovement> builder)
    {
        builder.Property(m => m.ExternalId).HasMaxLength(100);
        builder.Property(m => m.CustomerExternalId).HasMaxLength(100);
        builder.Property(m => m.Currency).HasMaxLength(3);
        builder.Ignore(m => m.SignedAmount);
        builder.HasIndex(m => m.ExternalId).IsUnique();
        builder.HasIndex(m => m.Date);
    }
}

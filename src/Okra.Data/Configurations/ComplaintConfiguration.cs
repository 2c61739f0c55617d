using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Sales;

namespace Okra.Data.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.Property(c => c.ExternalId).HasMaxLength(100);
        builder.Property(c => c.CustomerExternalId).HasMaxLength(100);
        builder.Ignore(c => c.HandlingHours);
        builder.HasIndex(c => c.ExternalId).IsUnique();
        builder.HasIndex(c => c.OpenedOn);
    }
}

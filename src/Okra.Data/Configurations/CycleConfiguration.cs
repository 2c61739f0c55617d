using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Cycles;

namespace Okra.Data.Configurations;

internal sealed class CycleConfiguration : IEntityTypeConfiguration<Cycle>
{
    public void Configure(EntityTypeBuilder<Cycle> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(40);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasIndex(c => new { c.StartDate, c.EndDate });
        builder.Ignore(c => c.Dates);
        builder.Ignore(c => c.IsClosed);
    }
}

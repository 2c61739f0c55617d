using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.KeyResults;
using Okra.Domain.Metrics;

namespace Okra.Data.Configurations;

internal sealed class MetricBindingConfiguration : IEntityTypeConfiguration<MetricBinding>
{
    public void Configure(EntityTypeBuilder<MetricBinding> builder)
    {
        builder.HasKey(b => b.KeyResultId);
        builder.Property(b => b.Market).HasMaxLength(100);
        builder.Property(b => b.Segment).HasMaxLength(100);
        builder.HasIndex(b => b.Metric);
        builder.HasOne<KeyResult>().WithOne().HasForeignKey<MetricBinding>(b => b.KeyResultId).OnDelete(DeleteBehavior.Cascade);
    }
}

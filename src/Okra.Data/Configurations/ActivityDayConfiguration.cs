using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Sales;

namespace Okra.Data.Configurations;

internal sealed class ActivityDayConfiguration : IEntityTypeConfiguration<ActivityDay>
{
    public void Configure(EntityTypeBuilder<ActivityDay> builder)
    {
        builder.HasKey(d => new { d.OwnerPersonId, d.Date, d.Type });
        builder.HasIndex(d => new { d.Date, d.Type });
    }
}

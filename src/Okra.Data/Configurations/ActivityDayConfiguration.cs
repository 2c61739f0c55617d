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
        // A full recompute reads one type's counts of everyone, person after person: this index holds every column it
        // reads, in that order, so SQLite scans a fifth of the table's size and needs no sort to group by person.
        builder.HasIndex(d => new { d.Type, d.OwnerPersonId, d.Date, d.Count });
    }
}

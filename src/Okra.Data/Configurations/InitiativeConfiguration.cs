using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Initiatives;
using Okra.Domain.KeyResults;
using Okra.Domain.People;

namespace Okra.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Link).HasMaxLength(2000);
        builder.Ignore(i => i.AsChecklistItem);
        builder.HasIndex(i => i.KeyResultId);
        builder.HasOne<KeyResult>().WithMany().HasForeignKey(i => i.KeyResultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.OwnerPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

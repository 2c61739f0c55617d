using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.CheckIns;
using Okra.Domain.KeyResults;
using Okra.Domain.People;

namespace Okra.Data.Configurations;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.Property(c => c.Comment).HasMaxLength(4000);
        builder.Property(c => c.Blockers).HasMaxLength(4000);
        builder.HasIndex(c => new { c.KeyResultId, c.Date });
        builder.HasOne<KeyResult>().WithMany().HasForeignKey(c => c.KeyResultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

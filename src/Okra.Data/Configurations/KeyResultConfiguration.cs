using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.People;

namespace Okra.Data.Configurations;

internal sealed class KeyResultConfiguration : IEntityTypeConfiguration<KeyResult>
{
    public void Configure(EntityTypeBuilder<KeyResult> builder)
    {
        builder.Property(k => k.Title).HasMaxLength(200);
        builder.Property(k => k.Description).HasMaxLength(4000);
        builder.Property(k => k.Currency).HasMaxLength(3);
        builder.Property(k => k.ScoreOverrideReason).HasMaxLength(1000);
        builder.Property(k => k.Version).IsConcurrencyToken();
        builder.Ignore(k => k.Spec);
        builder.HasIndex(k => k.ObjectiveId);
        builder.HasIndex(k => k.OwnerPersonId);
        builder.HasOne<Objective>().WithMany().HasForeignKey(k => k.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(k => k.OwnerPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

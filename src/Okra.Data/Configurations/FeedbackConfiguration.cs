using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Feedback;
using Okra.Domain.KeyResults;
using Okra.Domain.People;

namespace Okra.Data.Configurations;

internal sealed class FeedbackNoteConfiguration : IEntityTypeConfiguration<FeedbackNote>
{
    public void Configure(EntityTypeBuilder<FeedbackNote> builder)
    {
        builder.Property(f => f.Body).HasMaxLength(4000);
        builder.HasIndex(f => f.SubjectPersonId);
        builder.HasIndex(f => f.AuthorPersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.AuthorPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.SubjectPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<KeyResult>().WithMany().HasForeignKey(f => f.KeyResultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DevelopmentArea>().WithMany().HasForeignKey(f => f.DevelopmentAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DevelopmentAreaConfiguration : IEntityTypeConfiguration<DevelopmentArea>
{
    public void Configure(EntityTypeBuilder<DevelopmentArea> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.Goal).HasMaxLength(2000);
        builder.HasIndex(d => d.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.People;
using Okra.Domain.Reviews;
using Okra.Domain.Teams;

namespace Okra.Data.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Notes).HasMaxLength(20000);
        builder.Ignore(r => r.IsPublished);
        builder.HasIndex(r => new { r.CycleId, r.Date });
        builder.HasOne<Cycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PublishedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Teams).WithOne().HasForeignKey(t => t.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Teams).HasField("teams").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReviewTeamConfiguration : IEntityTypeConfiguration<ReviewTeam>
{
    public void Configure(EntityTypeBuilder<ReviewTeam> builder)
    {
        builder.HasKey(t => new { t.ReviewId, t.TeamId });
        builder.HasIndex(t => t.TeamId);
        builder.HasOne<Team>().WithMany().HasForeignKey(t => t.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> builder)
    {
        builder.Property(d => d.Text).HasMaxLength(2000);
        builder.HasIndex(d => d.ReviewId);
        builder.HasOne<Review>().WithMany().HasForeignKey(d => d.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<KeyResult>().WithMany().HasForeignKey(d => d.KeyResultId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(1000);
        builder.HasIndex(a => a.ReviewId);
        builder.HasIndex(a => a.OwnerPersonId);
        builder.HasOne<Review>().WithMany().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.OwnerPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

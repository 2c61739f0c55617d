using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.People;
using Okra.Domain.Recognition;
using Okra.Domain.Scoring;
using Okra.Domain.Teams;

namespace Okra.Data.Configurations;

internal sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.HasIndex(a => new { a.CycleId, a.AwardedAt });
        builder.HasIndex(a => a.KeyResultId);
        builder.HasIndex(a => a.ObjectiveId);
        builder.HasOne<Cycle>().WithMany().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Objective>().WithMany().HasForeignKey(a => a.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<KeyResult>().WithMany().HasForeignKey(a => a.KeyResultId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class KudosConfiguration : IEntityTypeConfiguration<Kudos>
{
    public void Configure(EntityTypeBuilder<Kudos> builder)
    {
        builder.Property(k => k.Message).HasMaxLength(1000);
        builder.HasIndex(k => new { k.CycleId, k.CreatedAt });
        builder.HasOne<Cycle>().WithMany().HasForeignKey(k => k.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(k => k.FromPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(k => k.ToPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(k => k.ToTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<KeyResult>().WithMany().HasForeignKey(k => k.KeyResultId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RetrospectiveConfiguration : IEntityTypeConfiguration<Retrospective>
{
    public void Configure(EntityTypeBuilder<Retrospective> builder)
    {
        builder.Property(r => r.WentWell).HasMaxLength(4000);
        builder.Property(r => r.ToImprove).HasMaxLength(4000);
        builder.HasIndex(r => new { r.CycleId, r.TeamId }).IsUnique();
        builder.HasOne<Cycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.UpdatedById).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.People;
using Okra.Domain.Teams;

namespace Okra.Data.Configurations;

internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Description).HasMaxLength(4000);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.IsShared);
        builder.Ignore(o => o.NextStatuses);
        builder.HasIndex(o => o.CycleId);
        builder.HasIndex(o => o.ParentObjectiveId);
        builder.HasOne<Cycle>().WithMany().HasForeignKey(o => o.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.OwnerPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.ApprovedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Objective>().WithMany().HasForeignKey(o => o.ParentObjectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<KeyResult>().WithMany().HasForeignKey(o => o.ParentKeyResultId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Objective>().WithMany().HasForeignKey(o => o.CarriedOverFromId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.CarriedOverFromId);
        builder.HasMany(o => o.OwnerTeams).WithOne().HasForeignKey(t => t.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.OwnerTeams).HasField("ownerTeams").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ObjectiveTeamConfiguration : IEntityTypeConfiguration<ObjectiveTeam>
{
    public void Configure(EntityTypeBuilder<ObjectiveTeam> builder)
    {
        builder.HasKey(t => new { t.ObjectiveId, t.TeamId });
        builder.HasIndex(t => t.TeamId);
        builder.HasOne<Team>().WithMany().HasForeignKey(t => t.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

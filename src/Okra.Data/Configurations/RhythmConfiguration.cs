using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Integrations;
using Okra.Domain.People;
using Okra.Domain.Rhythm;

namespace Okra.Data.Configurations;

internal sealed class ScheduledJobConfiguration : IEntityTypeConfiguration<ScheduledJob>
{
    public void Configure(EntityTypeBuilder<ScheduledJob> builder)
    {
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(64);
        builder.Property(j => j.LeaseOwner).HasMaxLength(128);
        builder.Property(j => j.LastError).HasMaxLength(2000);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Argument).HasMaxLength(400);
        builder.Property(n => n.Link).HasMaxLength(400);
        builder.HasIndex(n => new { n.PersonId, n.CreatedAt });
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Url).HasMaxLength(1000);
        builder.Property(s => s.Events).HasMaxLength(400);
        builder.Property(s => s.Secret).HasMaxLength(100);
        builder.Ignore(s => s.EventTypes);
    }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.Property(d => d.Recipient).HasMaxLength(1000);
        builder.Property(d => d.Subject).HasMaxLength(400);
        builder.Property(d => d.Kind).HasMaxLength(64);
        builder.Property(d => d.ClaimedBy).HasMaxLength(128);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        // The worker's question: what is pending and due?
        builder.HasIndex(d => new { d.State, d.NextAttemptAt });
        builder.HasIndex(d => d.CreatedAt);
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.SetNull);
    }
}

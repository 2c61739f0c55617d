using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Okra.Domain.Sales;

namespace Okra.Data.Configurations;

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.Property(a => a.ExternalId).HasMaxLength(100);
        builder.Property(a => a.CustomerExternalId).HasMaxLength(100);
        builder.Property(a => a.Comment).HasMaxLength(2000);
        builder.HasIndex(a => a.ExternalId).IsUnique();
        builder.HasIndex(a => a.Date);
    }
}

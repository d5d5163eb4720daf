using CaseWork.Infrastructure.Retention;

namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class RetentionRunConfiguration : IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionRun> builder)
    {
        builder.Property(r => r.Trigger).HasMaxLength(20);
        builder.Property(r => r.Outcome).HasMaxLength(20);
        builder.Property(r => r.Rows).AsJson();
        builder.Ignore(r => r.RowsTotal);
        builder.HasIndex(r => r.StartedAt);
    }
}

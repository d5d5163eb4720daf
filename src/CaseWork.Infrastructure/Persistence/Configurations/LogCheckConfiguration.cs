namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class LogCheckConfiguration : IEntityTypeConfiguration<LogCheck>
{
    public void Configure(EntityTypeBuilder<LogCheck> builder)
    {
        builder.Property(c => c.CheckedById).HasMaxLength(AppUser.MaxIdLength);
        builder.Property(c => c.CheckedByName).HasMaxLength(256);
        builder.Property(c => c.Criteria).HasMaxLength(LogCheck.MaxCriteriaLength);
        builder.Property(c => c.Comment).HasMaxLength(LogCheck.MaxCommentLength);
        builder.HasIndex(c => new { c.DistrictId, c.CheckedAt });
    }
}

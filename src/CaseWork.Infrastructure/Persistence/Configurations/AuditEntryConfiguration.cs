namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(AppUser.MaxIdLength);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.Property(e => e.Detail).HasMaxLength(AuditEntry.MaxDetailLength);
        builder.Property(e => e.Purpose).HasMaxLength(20);
        builder.Property(e => e.Reason).HasMaxLength(20);
        builder.Property(e => e.ReasonText).HasMaxLength(StatedReason.MaxTextLength);

        // A log check of one person finds the lists that showed them: "shown_applicant_ids @> ARRAY[id]".
        builder.HasIndex(e => e.ShownApplicantIds).HasMethod("gin");
        builder.HasIndex(e => new { e.ApplicantId, e.OccurredAt });
        builder.HasIndex(e => new { e.UserId, e.OccurredAt });
        builder.HasIndex(e => e.OccurredAt);
    }
}

namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryAreaConfiguration : IEntityTypeConfiguration<AuditEntryArea>
{
    public void Configure(EntityTypeBuilder<AuditEntryArea> builder)
    {
        builder.ToTable("audit_entry_areas");
        builder.Property(a => a.Kind).HasConversion<short>();
        builder.HasKey(a => new { a.Kind, a.AreaId, a.AuditEntryId });

        // The log check: one area's entries in a period, newest first, paged by (occurred_at, id).
        builder.HasIndex(a => new { a.Kind, a.AreaId, a.OccurredAt, a.AuditEntryId }).IsDescending(false, false, true, true);
    }
}

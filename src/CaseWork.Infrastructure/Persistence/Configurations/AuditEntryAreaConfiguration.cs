namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryAreaConfiguration : IEntityTypeConfiguration<AuditEntryArea>
{
    public void Configure(EntityTypeBuilder<AuditEntryArea> builder)
    {
        builder.ToTable("audit_entry_areas");
        builder.Property(a => a.Kind).HasConversion<short>();
        // The one index, the key: one area's entries in a period, read backwards for newest first and paged by
        // (occurred_at, id). A second index would double what every insert into the log costs.
        builder.HasKey(a => new { a.Kind, a.AreaId, a.OccurredAt, a.AuditEntryId });
    }
}

namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryAreaConfiguration : IEntityTypeConfiguration<AuditEntryArea>
{
    public const string FlagCandidatesIndex = "ix_audit_entry_areas_flag_candidates";

    public void Configure(EntityTypeBuilder<AuditEntryArea> builder)
    {
        builder.ToTable("audit_entry_areas");
        builder.Property(a => a.Kind).HasConversion<short>();
        // The key: one area's entries in a period, read backwards for newest first and paged by (occurred_at, id). A
        // second full index would double what every insert into the log costs.
        builder.HasKey(a => new { a.Kind, a.AreaId, a.OccurredAt, a.AuditEntryId });

        // The flagged-only search: the same key for the few entries that may be flagged by themselves (about 2 % of
        // the log), so that an area's year of them is a few hundred index entries (AccessLogQuery.Matching).
        builder.HasIndex(a => new { a.Kind, a.AreaId, a.OccurredAt, a.AuditEntryId }, FlagCandidatesIndex)
            .HasDatabaseName(FlagCandidatesIndex)
            .HasFilter("flag_candidate");
    }
}

namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryAreaConfiguration : IEntityTypeConfiguration<AuditEntryArea>
{
    public const string FlagCandidatesIndex = "ix_audit_entry_areas_flag_candidates";

    public void Configure(EntityTypeBuilder<AuditEntryArea> builder)
    {
        builder.ToTable("audit_entry_areas");
        builder.Property(a => a.Kind).HasConversion<short>();
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.Purpose).HasMaxLength(20);
        builder.Property(a => a.UserId).HasMaxLength(AppUser.MaxIdLength);

        // The key: one area's entries in a period, read backwards for newest first and paged by (occurred_at, id),
        // carrying the entry's action, purpose, user and applicant and the flag mark as INCLUDE columns, so that the
        // log check's count and keyset page read it alone. EF Core cannot say INCLUDE of a key: the migration
        // LogCheckAreaColumns makes it by SQL (AuditSql.AreaKeyWithEntryColumns; AccessLogAreaColumnsTests holds it).
        // A second full index would double what every insert into the log costs.
        builder.HasKey(a => new { a.Kind, a.AreaId, a.OccurredAt, a.AuditEntryId });

        // The flagged-only search: the same key for the few entries that may be flagged by themselves (about 2 % of
        // the log), so that an area's year of them is a few hundred index entries (AccessLogQuery.Matching), read index-only.
        builder.HasIndex(a => new { a.Kind, a.AreaId, a.OccurredAt, a.AuditEntryId }, FlagCandidatesIndex)
            .HasDatabaseName(FlagCandidatesIndex)
            .HasFilter("flag_candidate")
            .IncludeProperties(a => new { a.Action, a.Purpose, a.UserId, a.ApplicantId, a.FlagCandidate });
    }
}

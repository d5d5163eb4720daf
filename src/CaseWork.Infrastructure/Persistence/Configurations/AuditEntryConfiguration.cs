namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string FlagCandidatesIndex = "ix_audit_entries_flag_candidates";

    /// <summary>As AccessLogQuery writes it, so that PostgreSQL proves the query's condition implies it.</summary>
    private const string FlagCandidatesFilter =
        "action = 'AccessDenied' OR purpose IN ('Refused', 'StatedReason') OR (purpose IS NULL AND action IN ('ApplicantViewed', 'RecordExtractProduced'))";

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

        // Loggkontroll's flagged-only search: the entries flagged by themselves (a refusal, a stated reason) and the
        // reads of one applicant without a purpose, a small set (about 2 % of the log) kept as ids so that the area's
        // entries are kept to it by a hash of ids instead of a probe of each entry (AccessLogQuery.FlagCandidates).
        builder.HasIndex(e => e.Id, FlagCandidatesIndex).HasDatabaseName(FlagCandidatesIndex).HasFilter(FlagCandidatesFilter);
    }
}

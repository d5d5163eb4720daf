namespace CaseWork.Infrastructure.Persistence.Configurations;

public sealed class JournalNoteConfiguration : IEntityTypeConfiguration<JournalNote>
{
    /// <summary>The concurrency token (xmin) of a draft, kept out of the domain class.</summary>
    public const string VersionProperty = "Version";

    public void Configure(EntityTypeBuilder<JournalNote> builder)
    {
        builder.Property(n => n.AuthorId).HasMaxLength(AppUser.MaxIdLength);
        builder.Property(n => n.Kind).HasMaxLength(30);
        builder.Property(n => n.Text).HasMaxLength(JournalNote.MaxTextLength);
        builder.Property<uint>(VersionProperty);
        builder.Ignore(n => n.IsSigned);

        // The case page's journal: newest event first, then newest written (ids are time-ordered), paged by keyset.
        builder.HasIndex(n => new { n.ApplicantId, n.EventDate, n.Id }).IsDescending(false, true, true);
        builder.HasIndex(n => n.CorrectsNoteId);
        builder.BelongsToApplicant(n => n.ApplicantId);
        builder.HasOne<JournalNote>().WithMany().HasForeignKey(n => n.CorrectsNoteId).OnDelete(DeleteBehavior.Restrict);
    }
}

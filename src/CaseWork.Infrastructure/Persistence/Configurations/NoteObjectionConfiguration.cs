namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class NoteObjectionConfiguration : IEntityTypeConfiguration<NoteObjection>
{
    public void Configure(EntityTypeBuilder<NoteObjection> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(NoteObjection.MaxTextLength);
        builder.Property(o => o.RecordedById).HasMaxLength(AppUser.MaxIdLength);
        builder.HasIndex(o => new { o.NoteId, o.RecordedAt });
        builder.HasIndex(o => o.ApplicantId);
        builder.HasOne<JournalNote>().WithMany().HasForeignKey(o => o.NoteId).OnDelete(DeleteBehavior.Cascade);
        builder.BelongsToApplicant(o => o.ApplicantId);
    }
}

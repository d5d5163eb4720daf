namespace CaseWork.Infrastructure.Persistence.Configurations;

public sealed class PhraseConfiguration : IEntityTypeConfiguration<Phrase>
{
    /// <summary>The concurrency token (xmin), kept out of the domain class.</summary>
    public const string VersionProperty = "Version";

    public void Configure(EntityTypeBuilder<Phrase> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Phrase.MaxTitleLength);
        builder.Property(p => p.Text).HasMaxLength(Phrase.MaxTextLength);
        builder.Property(p => p.Use).HasMaxLength(30);
        builder.Property(p => p.OwnerId).HasMaxLength(AppUser.MaxIdLength);
        builder.Property(p => p.CreatedById).HasMaxLength(AppUser.MaxIdLength);
        builder.Property<uint>(VersionProperty);
        builder.Ignore(p => p.IsUnitPhrase);

        // The phrase list: a unit's phrases and a worker's own, by title, paged by keyset.
        builder.HasIndex(p => new { p.UnitId, p.Title, p.Id });

        // The picker: one use's phrases, the most used first.
        builder.HasIndex(p => new { p.UnitId, p.Use, p.UsageCount }).IsDescending(false, false, true);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

namespace CaseWork.Infrastructure.Persistence.Configurations;

public sealed class BasicInvestigationConfiguration : IEntityTypeConfiguration<BasicInvestigation>
{
    public void Configure(EntityTypeBuilder<BasicInvestigation> builder)
    {
        builder.Property(i => i.AuthorId).HasMaxLength(AppUser.MaxIdLength);
        builder.Property(i => i.SignedBy).HasMaxLength(AppUser.MaxIdLength);
        builder.Property(i => i.Sections).AsJson();
        builder.Ignore(i => i.IsSigned);
        builder.HasIndex(i => new { i.ApplicantId, i.SignedAt });
        builder.BelongsToApplicant(i => i.ApplicantId);
    }
}

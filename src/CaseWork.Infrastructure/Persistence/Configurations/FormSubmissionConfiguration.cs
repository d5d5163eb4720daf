using CaseWork.Infrastructure.Submissions;

namespace CaseWork.Infrastructure.Persistence.Configurations;

internal sealed class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> builder)
    {
        builder.HasKey(s => s.Key).HasName(FormSubmission.PrimaryKeyName);
        builder.Property(s => s.Key).ValueGeneratedNever();
        builder.Property(s => s.UserId).HasMaxLength(AppUser.MaxIdLength);
        builder.Property(s => s.Location).HasMaxLength(2000);
        builder.HasIndex(s => s.SavedAt);
    }
}

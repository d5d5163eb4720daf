namespace CaseWork.Infrastructure.Persistence.Configurations;

public sealed class AidMonthConfiguration : IEntityTypeConfiguration<AidMonth>
{
    public const string OneDecisionPerMonthIndex = "ix_aid_months_applicant_id_month";

    public void Configure(EntityTypeBuilder<AidMonth> builder)
    {
        builder.Property(m => m.Decision).HasMaxLength(20);
        builder.HasIndex(m => new { m.ApplicantId, m.Month }).IsUnique().HasDatabaseName(OneDecisionPerMonthIndex);
        builder.Ignore(m => m.AidPaid);
    }
}

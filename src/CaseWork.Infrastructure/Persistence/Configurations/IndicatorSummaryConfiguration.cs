using CaseWork.Infrastructure.Indicators;

namespace CaseWork.Infrastructure.Persistence.Configurations;

public sealed class AidMonthSummaryConfiguration : IEntityTypeConfiguration<AidMonthSummary>
{
    public void Configure(EntityTypeBuilder<AidMonthSummary> builder)
    {
        builder.ToTable("indicator_aid_months");
        builder.HasKey(s => new { s.Month, s.UnitId, s.Reason });
        builder.Property(s => s.Reason).HasMaxLength(30);
        builder.HasIndex(s => new { s.DistrictId, s.Month });
    }
}

public sealed class ReferralMonthSummaryConfiguration : IEntityTypeConfiguration<ReferralMonthSummary>
{
    public void Configure(EntityTypeBuilder<ReferralMonthSummary> builder)
    {
        builder.ToTable("indicator_referral_months");
        builder.HasKey(s => new { s.Month, s.UnitId });
        builder.HasIndex(s => new { s.DistrictId, s.Month });
    }
}

public sealed class InterventionMonthSummaryConfiguration : IEntityTypeConfiguration<InterventionMonthSummary>
{
    public void Configure(EntityTypeBuilder<InterventionMonthSummary> builder)
    {
        builder.ToTable("indicator_intervention_months");
        builder.HasKey(s => new { s.Month, s.UnitId, s.InterventionTypeId });
        builder.HasIndex(s => new { s.DistrictId, s.Month });
    }
}

public sealed class SummaryRefreshConfiguration : IEntityTypeConfiguration<SummaryRefresh>
{
    public void Configure(EntityTypeBuilder<SummaryRefresh> builder)
    {
        builder.ToTable("indicator_refreshes");
        builder.Property(r => r.Trigger).HasMaxLength(20);
        builder.HasIndex(r => r.FinishedAt);
    }
}

public sealed class PlanVersionQualityConfiguration : IEntityTypeConfiguration<PlanVersionQuality>
{
    public void Configure(EntityTypeBuilder<PlanVersionQuality> builder)
    {
        builder.ToTable("plan_version_quality");
        builder.HasKey(q => q.VersionId);
        builder.Property(q => q.VersionId).ValueGeneratedNever();
        builder.HasOne<WorkPlanVersion>().WithOne().HasForeignKey<PlanVersionQuality>(q => q.VersionId).OnDelete(DeleteBehavior.Cascade);

        // The incremental refresh finds the plans whose validity began or ended since its last day (ADR 0020).
        builder.HasIndex(q => q.ValidFrom);
        builder.HasIndex(q => q.ValidTo);
    }
}

public sealed class AidFactConfiguration : IEntityTypeConfiguration<AidFact>
{
    public void Configure(EntityTypeBuilder<AidFact> builder)
    {
        builder.ToTable("indicator_aid_facts");
        builder.HasKey(f => f.ApplicantId);
        builder.Property(f => f.ApplicantId).ValueGeneratedNever();
        builder.Property(f => f.Reason).HasMaxLength(30);
        // Covering: a figure's count and the keys of its cases are read from the index alone, not from a heap page
        // for each applicant of the district (the rows are in applicant order, so a district's are on every page).
        builder.HasIndex(f => new { f.DistrictId, f.UnitId })
            .IncludeProperties(f => new { f.ApplicantId, f.PaidBits, f.CheckedBits, f.PlannedBits });
    }
}

public sealed class ReferralFactConfiguration : IEntityTypeConfiguration<ReferralFact>
{
    public void Configure(EntityTypeBuilder<ReferralFact> builder)
    {
        builder.ToTable("indicator_referral_facts");
        builder.HasKey(f => new { f.ApplicantId, f.Month });
        builder.Property(f => f.ApplicantId).ValueGeneratedNever();
        // A summary row is deleted when no applicant's row is left under its key; retention recounts a district.
        builder.HasIndex(f => new { f.Month, f.UnitId });
        builder.HasIndex(f => f.DistrictId);
    }
}

public sealed class InterventionFactConfiguration : IEntityTypeConfiguration<InterventionFact>
{
    public void Configure(EntityTypeBuilder<InterventionFact> builder)
    {
        builder.ToTable("indicator_intervention_facts");
        builder.HasKey(f => new { f.ApplicantId, f.Month, f.InterventionTypeId });
        builder.Property(f => f.ApplicantId).ValueGeneratedNever();
        builder.HasIndex(f => new { f.Month, f.UnitId, f.InterventionTypeId });
        builder.HasIndex(f => f.DistrictId);
    }
}

public sealed class IndicatorChangeConfiguration : IEntityTypeConfiguration<IndicatorChange>
{
    public void Configure(EntityTypeBuilder<IndicatorChange> builder)
    {
        // Append-only and without a unique key on the applicant, so that a write never waits for a refresh that is
        // taking the rows (ADR 0020).
        builder.ToTable("indicator_changes");
    }
}

namespace CaseWork.Infrastructure.Persistence.Configurations;

/// <summary>Targets are organisation data, not case data: no applicant scope filters them.</summary>
public sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public const string UniqueIndex = "ix_indicator_targets_district_year_measure";

    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.ToTable("indicator_targets", t => t.HasCheckConstraint("ck_indicator_targets_not_negative", "value >= 0"));
        builder.Property(t => t.Measure).HasMaxLength(50);
        // One decimal is the most any measure takes (TargetRules.MaximumDecimals).
        builder.Property(t => t.Value).HasPrecision(10, 1);
        builder.HasIndex(t => new { t.DistrictId, t.Year, t.Measure }).IsUnique().HasDatabaseName(UniqueIndex);
        builder.HasOne<District>().WithMany().HasForeignKey(t => t.DistrictId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DistrictPopulationConfiguration : IEntityTypeConfiguration<DistrictPopulation>
{
    public const string UniqueIndex = "ix_district_populations_district_year";

    public void Configure(EntityTypeBuilder<DistrictPopulation> builder)
    {
        builder.ToTable("district_populations", t => t.HasCheckConstraint("ck_district_populations_positive", "adults > 0"));
        builder.HasIndex(p => new { p.DistrictId, p.Year }).IsUnique().HasDatabaseName(UniqueIndex);
        builder.HasOne<District>().WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Cascade);
    }
}

namespace CaseWork.Infrastructure.Persistence.Configurations;

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public const string OneOpenPerProgramIndex = "ix_referrals_one_open_per_program";

    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.Program).HasMaxLength(20);
        builder.Property(r => r.ClosureReason).HasMaxLength(30);
        builder.Property(r => r.ReferredById).HasMaxLength(AppUser.MaxIdLength);
        builder.Property(r => r.Reason).HasMaxLength(Referral.MaxTextLength);
        builder.Property(r => r.Languages).HasMaxLength(500);
        builder.Property(r => r.PlanExpectations).HasMaxLength(Referral.MaxTextLength);
        builder.Property(r => r.ClosureNote).HasMaxLength(Referral.MaxTextLength);
        builder.Property(r => r.JobPlanContent).HasMaxLength(Referral.MaxTextLength);
        builder.Property(r => r.DeeperJobPlanContent).HasMaxLength(Referral.MaxTextLength);
        builder.Ignore(r => r.Status);
        builder.Ignore(r => r.IsClosed);
        builder.Ignore(r => r.HoldsPlace);
        builder.Ignore(r => r.IsQueued);
        builder.ComplexProperty(r => r.Consent, consent =>
        {
            consent.Property(c => c.Given).HasColumnName("consent_given");
            consent.Property(c => c.RecordedOn).HasColumnName("consent_recorded_on");
            consent.Property(c => c.Scope).HasConversion<int>().HasColumnName("consent_scope");
        });

        // An applicant's referrals; with the id included, the referral list finds its page's ids from the index alone.
        builder.HasIndex(r => new { r.ApplicantId, r.SentOn }).IncludeProperties(r => r.Id);
        // One open referral per applicant and program: the database decides when two workers send at once.
        builder.HasIndex(r => new { r.ApplicantId, r.Program }).IsUnique().HasFilter("closed_on IS NULL").HasDatabaseName(OneOpenPerProgramIndex);
        // The coach's participant list (walked backwards from the newest, open or closed filtered on the way: every list is
        // one or the other) and the Resurs queue of a district are read by these.
        builder.HasIndex(r => new { r.JobCentreId, r.SentOn, r.Id });
        builder.HasIndex(r => new { r.DistrictId, r.Program, r.ClosedOn, r.QueuedAt });
        builder.BelongsToApplicant(r => r.ApplicantId);
        builder.HasOne<District>().WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<JobCentre>().WithMany().HasForeignKey(r => r.JobCentreId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(r => r.Attendance).WithOne().HasForeignKey(a => a.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Interventions).WithOne().HasForeignKey(i => i.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Interventions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AttendanceReportConfiguration : IEntityTypeConfiguration<AttendanceReport>
{
    public void Configure(EntityTypeBuilder<AttendanceReport> builder)
    {
        builder.Property(a => a.ReportedById).HasMaxLength(AppUser.MaxIdLength);
        builder.HasIndex(a => new { a.ReferralId, a.Month }).IsUnique();
        builder.HasIndex(a => new { a.ApplicantId, a.Month });
    }
}

public sealed class ReferralInterventionConfiguration : IEntityTypeConfiguration<ReferralIntervention>
{
    public void Configure(EntityTypeBuilder<ReferralIntervention> builder)
    {
        builder.Property(i => i.Outcome).HasMaxLength(30);
        builder.Property(i => i.OutcomeNote).HasMaxLength(1000);
        builder.HasOne<InterventionType>().WithMany().HasForeignKey(i => i.InterventionTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class InterventionTypeConfiguration : IEntityTypeConfiguration<InterventionType>
{
    public void Configure(EntityTypeBuilder<InterventionType> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Category).HasMaxLength(40);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

public sealed class JobCentreConfiguration : IEntityTypeConfiguration<JobCentre>
{
    public void Configure(EntityTypeBuilder<JobCentre> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => c.Name).IsUnique();
    }
}

public sealed class ResursQueuePositionConfiguration : IEntityTypeConfiguration<Referrals.ResursQueuePosition>
{
    public void Configure(EntityTypeBuilder<Referrals.ResursQueuePosition> builder)
    {
        builder.HasNoKey();
        builder.ToView(Referrals.ResursQueuePosition.ViewName);
    }
}

public sealed class ResursPlacesConfiguration : IEntityTypeConfiguration<ResursPlaces>
{
    public void Configure(EntityTypeBuilder<ResursPlaces> builder)
    {
        builder.HasKey(p => p.DistrictId);
        builder.Property(p => p.DistrictId).ValueGeneratedNever();
        builder.HasOne<District>().WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_resurs_places_not_negative", "places >= 0"));
    }
}

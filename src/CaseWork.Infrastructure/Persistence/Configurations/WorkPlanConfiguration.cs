namespace CaseWork.Infrastructure.Persistence.Configurations;

public sealed class WorkPlanConfiguration : IEntityTypeConfiguration<WorkPlan>
{
    /// <summary>At most one plan in progress (a draft or the active plan) per applicant.</summary>
    public const string OnePlanInProgressIndex = "ix_work_plans_one_in_progress_per_applicant";

    public void Configure(EntityTypeBuilder<WorkPlan> builder)
    {
        builder.Property(p => p.Status).HasMaxLength(20);
        builder.Property(p => p.ClosureReason).HasMaxLength(30);
        builder.Property(p => p.ClosureNote).HasMaxLength(WorkPlan.MaxReasonLength);
        builder.Property(p => p.Draft!).AsJson();
        builder.Ignore(p => p.CurrentVersion);
        builder.Ignore(p => p.Content);

        // One plan is worked on at a time: the database decides, the page's check only words the refusal kindly.
        builder.HasIndex(p => p.ApplicantId).IsUnique().HasFilter("status IN ('Draft', 'Active')").HasDatabaseName(OnePlanInProgressIndex);

        // Every plan of an applicant, whatever its status (the case page lists them all; the partial index above
        // covers plans in progress only, so at 500,000 applicants the case page scanned the whole table without this).
        builder.HasIndex(p => p.ApplicantId, "ix_work_plans_applicant_id");
        builder.BelongsToApplicant(p => p.ApplicantId);

        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.WorkPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Agreements, agreement =>
        {
            agreement.ToTable("work_plan_agreements");
            agreement.WithOwner().HasForeignKey("WorkPlanId");
            agreement.Property<long>("Id");
            agreement.HasKey("Id");
            agreement.Property(a => a.Method).HasMaxLength(20);
            agreement.Property(a => a.ApplicantView).HasMaxLength(WorkPlan.MaxReasonLength * 2);
        });
        builder.Navigation(p => p.Agreements).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class WorkPlanVersionConfiguration : IEntityTypeConfiguration<WorkPlanVersion>
{
    public void Configure(EntityTypeBuilder<WorkPlanVersion> builder)
    {
        builder.Property(v => v.Content).AsJson();
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
        builder.Property(v => v.Reason).HasMaxLength(WorkPlan.MaxReasonLength);
        builder.ComplexProperty(v => v.Participants, p =>
        {
            p.Property(x => x.Applicant).HasColumnName("participant_applicant");
            p.Property(x => x.SocialWorker).HasColumnName("participant_social_worker");
            p.Property(x => x.Coach).HasColumnName("participant_coach");
            p.Property(x => x.Others).HasColumnName("participant_others").HasMaxLength(Participants.MaxOthersLength);
        });
        builder.HasIndex(v => new { v.WorkPlanId, v.Number }).IsUnique();
    }
}

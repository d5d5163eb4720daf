namespace CaseWork.Infrastructure.Persistence.Configurations;

public sealed class CaseReviewConfiguration : IEntityTypeConfiguration<CaseReview>
{
    public const string OneOngoingPerWorkerIndex = "ix_case_reviews_one_ongoing_per_worker";

    public void Configure(EntityTypeBuilder<CaseReview> builder)
    {
        builder.Property(r => r.WorkerId).HasMaxLength(AppUser.MaxIdLength);
        builder.Property(r => r.OpenedById).HasMaxLength(AppUser.MaxIdLength);
        builder.Property(r => r.SignedById).HasMaxLength(AppUser.MaxIdLength);
        builder.Property(r => r.SignedByName).HasMaxLength(AppUser.MaxDisplayNameLength);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Ignore(r => r.IsCompleted);
        builder.Ignore(r => r.Scope);

        // One review at a time per social worker: opening twice at once gives 23505, not two reviews.
        builder.HasIndex(r => r.WorkerId).IsUnique().HasFilter("status = 'Ongoing'").HasDatabaseName(OneOngoingPerWorkerIndex);
        // The overview's "last completed review" per worker, and the completed list, newest first.
        builder.HasIndex(r => new { r.UnitId, r.WorkerId, r.CompletedOn });
        builder.HasIndex(r => new { r.DistrictId, r.CompletedOn });
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CaseReviewEntryConfiguration : IEntityTypeConfiguration<CaseReviewEntry>
{
    public void Configure(EntityTypeBuilder<CaseReviewEntry> builder)
    {
        builder.Property(e => e.Decision).HasMaxLength(20);
        builder.Property(e => e.Comment).HasMaxLength(CaseDecisionRules.MaxCommentLength);
        builder.Property(e => e.RecordedById).HasMaxLength(AppUser.MaxIdLength);
        builder.Property(e => e.FactsAtSigning!).AsJson();

        builder.HasIndex(e => new { e.ReviewId, e.ApplicantId }).IsUnique();
        builder.HasIndex(e => e.ApplicantId);
        builder.HasOne<CaseReview>().WithMany().HasForeignKey(e => e.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.BelongsToApplicant(e => e.ApplicantId);

        builder.HasMany(e => e.Actions).WithOne().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ReviewActionConfiguration : IEntityTypeConfiguration<ReviewAction>
{
    public void Configure(EntityTypeBuilder<ReviewAction> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(CaseDecisionRules.MaxActionLength);
        builder.Property(a => a.OwnerId).HasMaxLength(AppUser.MaxIdLength);
        builder.Ignore(a => a.IsDone);

        // The due list: an owner's open actions.
        builder.HasIndex(a => new { a.OwnerId, a.DueOn }).HasFilter("done_at IS NULL");
        builder.HasIndex(a => a.ReviewId);
        // Retention reads and deletes a person's actions.
        builder.HasIndex(a => a.ApplicantId);
        builder.HasOne<CaseReview>().WithMany().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

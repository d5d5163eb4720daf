namespace CaseWork.Infrastructure.Persistence.Configurations;

public sealed class MonthlyCheckConfiguration : IEntityTypeConfiguration<MonthlyCheck>
{
    public const string OneCheckPerMonthIndex = "ix_monthly_checks_applicant_id_month";

    public void Configure(EntityTypeBuilder<MonthlyCheck> builder)
    {
        builder.Property(c => c.Attendance).HasMaxLength(20);
        builder.Property(c => c.Decision).HasMaxLength(20);
        builder.Property(c => c.DecisionText).HasMaxLength(MonthlyCheck.MaxTextLength);
        builder.Property(c => c.Comment).HasMaxLength(MonthlyCheck.MaxTextLength);
        builder.Property(c => c.AuthorId).HasMaxLength(AppUser.MaxIdLength);
        builder.Ignore(c => c.IsSanctionForAttendance);
        builder.HasIndex(c => new { c.ApplicantId, c.Month }).IsUnique().HasDatabaseName(OneCheckPerMonthIndex);
        builder.BelongsToApplicant(c => c.ApplicantId);
        builder.HasOne<JournalNote>().WithMany().HasForeignKey(c => c.JournalNoteId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class FollowUpTalkConfiguration : IEntityTypeConfiguration<FollowUpTalk>
{
    public void Configure(EntityTypeBuilder<FollowUpTalk> builder)
    {
        builder.Property(t => t.Kind).HasMaxLength(20);
        builder.Property(t => t.OtherParticipants).HasMaxLength(FollowUpTalk.MaxParticipantsLength);
        builder.Property(t => t.WhatCameUp).HasMaxLength(FollowUpTalk.MaxTextLength);
        builder.Property(t => t.Assessment).HasMaxLength(FollowUpTalk.MaxTextLength);
        builder.Property(t => t.AuthorId).HasMaxLength(AppUser.MaxIdLength);
        builder.Ignore(t => t.JournalKind);
        builder.HasIndex(t => new { t.ApplicantId, t.HeldOn });
        builder.BelongsToApplicant(t => t.ApplicantId);
        builder.HasOne<JournalNote>().WithMany().HasForeignKey(t => t.JournalNoteId).OnDelete(DeleteBehavior.Restrict);
    }
}

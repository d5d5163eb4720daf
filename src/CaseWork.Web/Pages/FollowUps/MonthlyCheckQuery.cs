namespace CaseWork.Web.Pages.FollowUps;

/// <summary>The monthly check's reads: the applicant's latest checks and the program of their open referral.</summary>
public static class MonthlyCheckQuery
{
    public const int RecentShown = 6;

    /// <summary>The latest checks, newest first: shown beside the form, and the last one is what the form starts from.</summary>
    public static Task<List<RecentCheck>> RecentChecksAsync(this CaseWorkDbContext db, Guid applicantId, CancellationToken cancellationToken) =>
        db.MonthlyChecks.AsNoTracking()
            .Where(c => c.ApplicantId == applicantId)
            .OrderByDescending(c => c.Month)
            .Take(RecentShown)
            .Select(c => new RecentCheck(c.Month, c.Attendance, c.DaysAttended, c.JobApplications, c.Decision, c.DecisionText, c.JournalNoteId))
            .ToListAsync(cancellationToken);

    /// <summary>The program of the applicant's open referral: what the month's attendance is checked against.</summary>
    public static Task<ReferralProgram?> OpenReferralProgramAsync(this CaseWorkDbContext db, Guid applicantId, CancellationToken cancellationToken) =>
        db.Referrals.AsNoTracking()
            .Where(r => r.ApplicantId == applicantId && r.ClosedOn == null)
            .OrderByDescending(r => r.SentOn)
            .Select(r => (ReferralProgram?)r.Program)
            .FirstOrDefaultAsync(cancellationToken);
}

public sealed record RecentCheck(DateOnly Month, Attendance Attendance, int? DaysAttended, int JobApplications, AidDecision Decision, string? DecisionText, Guid JournalNoteId);

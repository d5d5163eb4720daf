namespace CaseWork.Web.Pages.FollowUps;

/// <summary>The follow-up pages' shared reads: the applicant's latest monthly checks, newest first, and the program they are checked against.</summary>
public static class FollowUpQuery
{
    public static Task<List<CheckRow>> RecentChecksAsync(this CaseWorkDbContext db, Guid applicantId, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.MonthlyChecks.AsNoTracking()
            .Where(c => c.ApplicantId == applicantId)
            .OrderByDescending(c => c.Month)
            .Take(count)
            .Select(c => new CheckRow(c.Month, c.Attendance, c.DaysAttended, c.JobApplications, c.Decision, c.DecisionText, c.JournalNoteId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The program of the applicant's open referral: what the month's attendance is checked against.</summary>
    public static Task<ReferralProgram?> OpenReferralProgramAsync(this CaseWorkDbContext db, Guid applicantId, CancellationToken cancellationToken) =>
        db.Referrals.AsNoTracking()
            .Where(r => r.ApplicantId == applicantId && r.ClosedOn == null)
            .OrderByDescending(r => r.SentOn)
            .Select(r => (ReferralProgram?)r.Program)
            .FirstOrDefaultAsync(cancellationToken);
}

/// <summary>One recorded monthly check in a list; the month links to its journal note.</summary>
public sealed record CheckRow(DateOnly Month, Attendance Attendance, int? DaysAttended, int JobApplications, AidDecision Decision, string? DecisionText, Guid JournalNoteId);

/// <summary>The monthly checks as <c>_Checks</c> lists them; <paramref name="Brief"/> leaves the motivation out and shortens the month.</summary>
public sealed record ChecksView(IReadOnlyList<CheckRow> Checks, Guid ApplicantId, bool Brief);

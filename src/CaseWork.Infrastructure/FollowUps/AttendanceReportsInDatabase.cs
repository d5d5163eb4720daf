namespace CaseWork.Infrastructure.FollowUps;

/// <summary>The reports a Jobbtorg coach records on the applicant's referrals, seen through the user's scope.</summary>
public sealed class AttendanceReportsInDatabase(CaseWorkDbContext db) : IAttendanceReports
{
    public Task<bool> HasReportAsync(Guid applicantId, DateOnly month, CancellationToken cancellationToken) =>
        db.AttendanceReports.AnyAsync(r => r.ApplicantId == applicantId && r.Month == month, cancellationToken);
}

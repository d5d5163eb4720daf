namespace CaseWork.Infrastructure.FollowUps;

/// <summary>Whether Jobbtorg has reported the applicant's attendance for a month (the monthly check warns when not).</summary>
public interface IAttendanceReports
{
    Task<bool> HasReportAsync(Guid applicantId, DateOnly month, CancellationToken cancellationToken);
}

namespace CaseWork.Infrastructure.FollowUps;

/// <summary>Until Jobbtorg's attendance reports are stored, none is ever found, so the monthly check always warns.</summary>
public sealed class NoAttendanceReports : IAttendanceReports
{
    public Task<bool> HasReportAsync(Guid applicantId, DateOnly month, CancellationToken cancellationToken) => Task.FromResult(false);
}

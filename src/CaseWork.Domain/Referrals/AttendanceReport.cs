namespace CaseWork.Domain.Referrals;

/// <summary>Jobbtorg's report of a participant's attendance in one month; the monthly check relies on it.</summary>
public class AttendanceReport
{
    private AttendanceReport()
    {
        ReportedById = string.Empty;
    }

    internal AttendanceReport(Guid referralId, Guid applicantId, DateOnly month)
    {
        ReferralId = referralId;
        ApplicantId = applicantId;
        Month = month;
        ReportedById = string.Empty;
    }

    public long Id { get; private set; }

    public Guid ReferralId { get; private set; }

    public Guid ApplicantId { get; private set; }

    /// <summary>The first day of the month reported.</summary>
    public DateOnly Month { get; private set; }

    public int DaysAttended { get; private set; }

    /// <summary>The days the participant was expected at Jobbtorg that month.</summary>
    public int DaysExpected { get; private set; }

    public string ReportedById { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    internal void Change(int daysAttended, int daysExpected, string reportedById, DateTimeOffset now)
    {
        DaysAttended = daysAttended;
        DaysExpected = daysExpected;
        ReportedById = reportedById;
        ReportedAt = now;
    }
}

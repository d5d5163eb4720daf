namespace CaseWork.Web.Retention;

/// <summary>When the next scheduled run is due: one interval after the last real run began, or at once when there was none.</summary>
public static class RetentionSchedule
{
    public static TimeSpan WaitBefore(DateTimeOffset? lastRunStartedAt, TimeSpan interval, DateTimeOffset now)
    {
        if (lastRunStartedAt is not { } last)
        {
            return TimeSpan.Zero;
        }

        var wait = last + interval - now;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > interval ? interval : wait;
    }
}

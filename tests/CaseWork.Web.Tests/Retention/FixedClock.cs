using CaseWork.Domain.Calendar;

namespace CaseWork.Web.Tests.Retention;

/// <summary>A clock stopped at midday of one day in Sweden, for runs "as of" a day years from now.</summary>
internal sealed class FixedClock(DateOnly today) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => SwedishTime.Zone;

    public override DateTimeOffset GetUtcNow() => RetentionFiles.Noon(today);
}

namespace CaseWork.Web.Tests.Retention;

/// <summary>A clock stopped at midday of one day in Sweden, for runs "as of" a day years from now.</summary>
internal sealed class FixedClock(DateOnly today) : TimeProvider
{
    private static readonly TimeZoneInfo Sweden = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public override TimeZoneInfo LocalTimeZone => Sweden;

    public override DateTimeOffset GetUtcNow() => RetentionFiles.Noon(today);
}

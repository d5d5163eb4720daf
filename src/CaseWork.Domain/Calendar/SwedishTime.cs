namespace CaseWork.Domain.Calendar;

/// <summary>
/// CaseWork keeps Swedish time whatever zone its server runs in: a note written at 00:30 in Stockholm belongs to that
/// day on the pages, in "today" and in the indicator SQL, which converts timestamps with <see cref="ZoneId"/>.
/// </summary>
public static class SwedishTime
{
    public const string ZoneId = "Europe/Stockholm";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The clock the application runs on: the system's time, read in Sweden.</summary>
    public static TimeProvider Clock { get; } = new SwedishClock();

    /// <summary>Today on the clock's local calendar: the Swedish day on <see cref="Clock"/>.</summary>
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    public static DateTimeOffset InSweden(this DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateInSweden(this DateTimeOffset instant) => DateOnly.FromDateTime(instant.InSweden().DateTime);

    private sealed class SwedishClock : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => Zone;
    }
}

using System.Globalization;

namespace CaseWork.Domain.Calendar;

/// <summary>
/// CaseWork keeps Swedish time whatever zone its server runs in: a note written at 00:30 in Stockholm belongs to that
/// day on the pages, in "today" and in the indicator SQL, which converts timestamps with <see cref="ZoneId"/>.
/// </summary>
public static class SwedishTime
{
    public const string ZoneId = "Europe/Stockholm";

    /// <summary>
    /// Set only by <c>scripts/test-dates</c>: the Swedish date (<c>2027-01-01</c>, at the current time of day) or date
    /// and time (<c>2027-03-28T02:30</c>) the clock starts from, so that the suite runs on the days that break
    /// calendar arithmetic. The app refuses to start with it outside Development and Testing.
    /// </summary>
    public const string TestTodayVariable = "CASEWORK_TEST_TODAY";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The clock the application runs on: the system's time, read in Sweden (moved by <see cref="TestTodayVariable"/>).</summary>
    public static TimeProvider Clock { get; } = new SwedishClock(OffsetFrom(Environment.GetEnvironmentVariable(TestTodayVariable)));

    /// <summary>Whether <see cref="Clock"/> runs moved from the machine's time.</summary>
    public static bool ClockIsMoved => ((SwedishClock)Clock).Offset != TimeSpan.Zero;

    /// <summary>Today on the clock's local calendar: the Swedish day on <see cref="Clock"/>.</summary>
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    public static DateTimeOffset InSweden(this DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateInSweden(this DateTimeOffset instant) => DateOnly.FromDateTime(instant.InSweden().DateTime);

    /// <summary>How far a clock set to <paramref name="start"/> (Swedish date, or date and time) runs from the machine's.</summary>
    public static TimeSpan OffsetFrom(string? start, DateTimeOffset? machineNow = null)
    {
        if (string.IsNullOrWhiteSpace(start))
        {
            return TimeSpan.Zero;
        }

#pragma warning disable RS0030 // The clock itself: the machine's time is what a moved clock is offset from.
        var now = (machineNow ?? TimeProvider.System.GetUtcNow()).InSweden();
#pragma warning restore RS0030
        var local = DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToDateTime(TimeOnly.FromDateTime(now.DateTime))
            : DateTime.ParseExact(start, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None);
        var instant = new DateTimeOffset(local, Zone.GetUtcOffset(local));
        return instant - now;
    }

    private sealed class SwedishClock(TimeSpan offset) : TimeProvider
    {
        public TimeSpan Offset { get; } = offset;

        public override TimeZoneInfo LocalTimeZone => Zone;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
    }
}

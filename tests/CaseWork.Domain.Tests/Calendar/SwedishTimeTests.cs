using CaseWork.Domain.Calendar;

namespace CaseWork.Domain.Tests.Calendar;

public class SwedishTimeTests
{
    [Theory]
    [InlineData("2026-11-23T23:30:00Z", "2026-11-24")] // winter time, UTC+1: already tomorrow in Sweden
    [InlineData("2026-11-23T22:59:59Z", "2026-11-23")]
    [InlineData("2026-06-30T22:15:00Z", "2026-07-01")] // summer time, UTC+2
    [InlineData("2026-06-30T21:59:00Z", "2026-06-30")]
    public void AMoment_IsDatedOnTheSwedishCalendarDay(string instant, string swedishDate) =>
        DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture).DateInSweden()
            .ShouldBe(DateOnly.Parse(swedishDate, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void TheClock_ReadsLocalTimeInSweden_WhateverZoneTheServerRunsIn()
    {
        SwedishTime.Clock.LocalTimeZone.Id.ShouldBe(SwedishTime.ZoneId);

        var now = SwedishTime.Clock.GetLocalNow();

        now.Offset.ShouldBe(SwedishTime.Zone.GetUtcOffset(now));
        DateOnly.FromDateTime(now.DateTime).ShouldBe(now.DateInSweden());
    }

    [Fact]
    public void Today_IsTheSwedishDay_OnAClockStoppedJustBeforeMidnightUtc() =>
        new StoppedSwedishClock(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero)).Today().ShouldBe(new DateOnly(2026, 11, 24));

    private sealed class StoppedSwedishClock(DateTimeOffset now) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => SwedishTime.Zone;

        public override DateTimeOffset GetUtcNow() => now;
    }
}

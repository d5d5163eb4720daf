using CaseWork.Domain.Calendar;

namespace CaseWork.Domain.Tests.Calendar;

public class MovedClockTests
{
    // 14:20 in Stockholm (winter time, UTC+1).
    private static readonly DateTimeOffset MachineNow = new(2026, 12, 6, 13, 20, 0, TimeSpan.Zero);

    [Fact]
    public void NoStart_LeavesTheClockWhereItIs() => SwedishTime.OffsetFrom(null, MachineNow).ShouldBe(TimeSpan.Zero);

    [Fact]
    public void ADate_MovesToThatSwedishDay_AtTheSameTimeOfDay()
    {
        var moved = (MachineNow + SwedishTime.OffsetFrom("2027-01-01", MachineNow)).InSweden();

        moved.DateTime.ShouldBe(new DateTime(2027, 1, 1, 14, 20, 0));
    }

    [Fact]
    public void ADateInSummer_KeepsTheSwedishTimeOfDay_AcrossTheChangeToSummerTime()
    {
        var moved = (MachineNow + SwedishTime.OffsetFrom("2027-07-01", MachineNow)).InSweden();

        moved.DateTime.ShouldBe(new DateTime(2027, 7, 1, 14, 20, 0));
        moved.Offset.ShouldBe(TimeSpan.FromHours(2));
    }

    [Fact]
    public void ADateAndTime_MovesToThatSwedishMinute()
    {
        var moved = (MachineNow + SwedishTime.OffsetFrom("2027-12-31T23:50", MachineNow)).InSweden();

        moved.DateTime.ShouldBe(new DateTime(2027, 12, 31, 23, 50, 0));
    }

    [Fact]
    public void NotADate_IsRefused() => Should.Throw<FormatException>(() => SwedishTime.OffsetFrom("31/12/2027", MachineNow));
}

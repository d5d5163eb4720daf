using System.Globalization;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.FollowUps;

namespace CaseWork.Domain.Tests.FollowUps;

/// <summary>The signed note a follow-up writes is Swedish whatever culture the thread runs in (issue 14, §6).</summary>
public class FollowUpRecordTextTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static T InEnglish<T>(Func<T> write)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            return write();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    [Fact]
    public void AMonthlyCheck_IsWrittenInSwedish_UnderAnEnglishThread()
    {
        var check = MonthlyCheck.Record(Guid.NewGuid(), "worker-1",
            new(new DateOnly(2026, 10, 1), Attendance.Partly, 12, 6, AidDecision.Reduced, "Delvis närvaro.", "Söker inom lager."), Now, Today);

        InEnglish(() => FollowUpRecordText.Of(check)).ReplaceLineEndings("\n").ShouldBe(
            "Månadsuppföljning för oktober 2026.\n" +
            "Deltagit på Jobbtorg enligt överenskommelse: Delvis (12 dagar).\n" +
            "Sökta arbeten: 6.\n" +
            "Beslut för månaden: Reducerat. Delvis närvaro.\n" +
            "Söker inom lager.");
    }

    [Fact]
    public void ATalk_IsWrittenInSwedish_WithSwedishDates_UnderAnEnglishThread()
    {
        var talk = FollowUpTalk.Record(Guid.NewGuid(), "worker-1",
            new(FollowUpTalkKind.ThreeParty, Today, true, true, false, null, "Praktiken går bra.", null, true, new DateOnly(2027, 1, 15)), Now, Today);

        InEnglish(() => FollowUpRecordText.Of(talk)).ReplaceLineEndings("\n").ShouldBe(
            "Trepartssamtal hållet 2026-11-23. Deltagare: den sökande, socialsekreteraren.\n" +
            "Praktiken går bra.\n" +
            "Planen ska revideras.\n" +
            "Nästa uppföljning: 2027-01-15.");
    }

    [Theory]
    [InlineData(FollowUpTalkKind.ThreeParty, "Efter trepartssamtal 2026-12-06")]
    [InlineData(FollowUpTalkKind.MultiParty, "Efter flerpartssamtal 2026-12-06")]
    public void RevisionReasonAfter_NamesTheTalkAndItsDate(FollowUpTalkKind kind, string expected) =>
        FollowUpRecordText.RevisionReasonAfter(kind, new DateOnly(2026, 12, 6)).ShouldBe(expected);
}

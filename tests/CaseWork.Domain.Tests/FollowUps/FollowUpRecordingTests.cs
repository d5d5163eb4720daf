using CaseWork.Domain.Applicants;
using CaseWork.Domain.FollowUps;
using CaseWork.Domain.Journal;
using CaseWork.Domain.Tests.Applicants;
using CaseWork.Domain.Tests.WorkPlans;

namespace CaseWork.Domain.Tests.FollowUps;

public class FollowUpRecordingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static MonthlyCheck Check(Guid applicantId, AidDecision decision = AidDecision.Reduced) => MonthlyCheck.Record(applicantId, "worker-1",
        new(new DateOnly(2026, 10, 1), Attendance.Partly, 12, 6, decision, "Delvis närvaro.", null), Now, Today);

    private static FollowUpTalk Talk(Guid applicantId) => FollowUpTalk.Record(applicantId, "worker-1",
        new(FollowUpTalkKind.ThreeParty, Today.AddDays(-2), true, true, true, null, "Praktiken går bra.", "Redo för anställning.", false, new DateOnly(2027, 2, 1)), Now, Today);

    [Fact]
    public void RecordMonthlyCheck_DecidesTheMonthsAid_AndWritesASignedSwedishNoteTheCheckPointsAt()
    {
        var applicant = ApplicantFactory.Create();
        var check = Check(applicant.Id);

        var note = FollowUpRecording.RecordMonthlyCheck(check, applicant, Now, Today);

        applicant.AidMonths.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            m => m.Month.ShouldBe(new DateOnly(2026, 10, 1)),
            m => m.Decision.ShouldBe(AidDecision.Reduced));
        note.ShouldSatisfyAllConditions(
            n => n.ApplicantId.ShouldBe(applicant.Id),
            n => n.AuthorId.ShouldBe("worker-1"),
            n => n.Kind.ShouldBe(JournalNoteKind.MonthlyCheck),
            n => n.EventDate.ShouldBe(Today),
            n => n.Text.ShouldBe(FollowUpRecordText.Of(check)),
            n => n.SignedAt.ShouldBe(Now));
        check.JournalNoteId.ShouldBe(note.Id);
    }

    [Fact]
    public void RecordMonthlyCheck_OfAnotherApplicant_Throws() =>
        Should.Throw<ArgumentException>(() => FollowUpRecording.RecordMonthlyCheck(Check(Guid.NewGuid()), ApplicantFactory.Create(), Now, Today));

    [Fact]
    public void RecordTalk_WritesASignedNoteOnTheDayOfTheTalk_AndMovesTheActivePlansNextFollowUp()
    {
        var plan = Plans.Active();
        var talk = Talk(plan.ApplicantId);

        var note = FollowUpRecording.RecordTalk(talk, plan, Now, Today);

        note.ShouldSatisfyAllConditions(
            n => n.ApplicantId.ShouldBe(plan.ApplicantId),
            n => n.Kind.ShouldBe(JournalNoteKind.ThreePartyTalk),
            n => n.EventDate.ShouldBe(Today.AddDays(-2)),
            n => n.Text.ShouldBe(FollowUpRecordText.Of(talk)),
            n => n.SignedAt.ShouldBe(Now));
        talk.JournalNoteId.ShouldBe(note.Id);
        plan.NextFollowUpOn.ShouldBe(new DateOnly(2027, 2, 1));
        plan.ChangedAt.ShouldBe(Now);
    }

    [Fact]
    public void RecordTalk_WithoutAnActivePlan_OnlyWritesTheNote()
    {
        var talk = Talk(Guid.NewGuid());

        FollowUpRecording.RecordTalk(talk, null, Now, Today).SignedAt.ShouldBe(Now);
    }

    [Fact]
    public void RecordTalk_WithThePlanOfAnotherApplicant_Throws() =>
        Should.Throw<ArgumentException>(() => FollowUpRecording.RecordTalk(Talk(Guid.NewGuid()), Plans.Active(), Now, Today));
}

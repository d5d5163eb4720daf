using CaseWork.Domain.Applicants;
using CaseWork.Domain.Common;

namespace CaseWork.Domain.Tests.Applicants;

public class ApplicantTests
{
    private static readonly DateOnly Today = ApplicantFactory.Today;

    [Fact]
    public void Register_StoresTwelveDigitsAndTrimmedNames()
    {
        var applicant = ApplicantFactory.Create();

        applicant.PersonalIdentityNumber.ShouldBe("198112189876");
        applicant.FirstName.ShouldBe("Anna");
        applicant.UnitId.ShouldBe(10);
    }

    [Fact]
    public void Details_AreWhatWasRegistered() => ApplicantFactory.Create().Details.ShouldBe(ApplicantFactory.Details());

    [Fact]
    public void UpdateDetails_WithoutName_Throws()
    {
        var applicant = ApplicantFactory.Create();

        Should.Throw<DomainException>(() => applicant.UpdateDetails(ApplicantFactory.Details() with { LastName = " " }));
    }

    [Fact]
    public void UpdateDetails_NegativeChildren_Throws()
    {
        var applicant = ApplicantFactory.Create();

        Should.Throw<DomainException>(() => applicant.UpdateDetails(ApplicantFactory.Details() with { NumberOfChildren = -1 }));
    }

    [Fact]
    public void RecordAidMonth_FutureMonth_RefusesWithAidMonthInFuture()
    {
        var applicant = ApplicantFactory.Create();

        Should.Throw<DomainException>(() => applicant.RecordAidMonth(2026, 12, AidDecision.Granted, Today))
            .Message.ShouldBe(ApplicantRuleCodes.AidMonthInFuture);
        applicant.AidMonths.ShouldBeEmpty();
    }

    [Fact]
    public void RecordAidMonth_TheCurrentMonth_IsRecorded()
    {
        var applicant = ApplicantFactory.Create();

        applicant.RecordAidMonth(Today.Year, Today.Month, AidDecision.Granted, Today);

        applicant.AidMonths.ShouldHaveSingleItem().Month.ShouldBe(new DateOnly(Today.Year, Today.Month, 1));
    }

    [Fact]
    public void RecordAidMonth_SameMonthTwice_CorrectsTheDecision()
    {
        var applicant = ApplicantFactory.Create();

        applicant.RecordAidMonth(2026, 10, AidDecision.Granted, Today);
        applicant.RecordAidMonth(2026, 10, AidDecision.Refused, Today);

        applicant.AidMonths.ShouldHaveSingleItem().Decision.ShouldBe(AidDecision.Refused);
    }

    [Fact]
    public void CorrectAidMonth_ARecordedMonth_ChangesItsDecision()
    {
        var applicant = ApplicantFactory.Create();
        applicant.RecordAidMonth(2026, 10, AidDecision.Granted, Today);

        applicant.CorrectAidMonth(2026, 10, AidDecision.Reduced, Today);

        applicant.AidMonths.ShouldHaveSingleItem().Decision.ShouldBe(AidDecision.Reduced);
    }

    [Fact]
    public void CorrectAidMonth_AMonthNotRecorded_IsRefused_TheMonthlyCheckRecordsIt()
    {
        var applicant = ApplicantFactory.Create();

        Should.Throw<DomainException>(() => applicant.CorrectAidMonth(2026, 10, AidDecision.Granted, Today))
            .Message.ShouldBe(ApplicantRuleCodes.AidMonthNotRecorded);
        applicant.AidMonths.ShouldBeEmpty();
    }

    [Fact]
    public void CorrectAidMonth_WithoutADecision_IsRefused_NeverDefaulted()
    {
        var applicant = ApplicantFactory.Create();
        applicant.RecordAidMonth(2026, 10, AidDecision.Reduced, Today);

        Should.Throw<DomainException>(() => applicant.CorrectAidMonth(2026, 10, null, Today)).Message.ShouldBe(ApplicantRuleCodes.AidDecisionMissing);
        applicant.AidMonths.ShouldHaveSingleItem().Decision.ShouldBe(AidDecision.Reduced);
    }

    [Fact]
    public void CorrectAidMonth_FutureMonth_RefusesWithAidMonthInFuture() =>
        Should.Throw<DomainException>(() => ApplicantFactory.Create().CorrectAidMonth(2026, 12, AidDecision.Granted, Today))
            .Message.ShouldBe(ApplicantRuleCodes.AidMonthInFuture);

    [Fact]
    public void ContactVisibleTo_ProtectedIdentity_OnlyTheAssignedWorker()
    {
        var applicant = ApplicantFactory.Create(protectedIdentity: true, worker: "worker-1");

        applicant.ContactVisibleTo("worker-1").ShouldBeTrue();
        applicant.ContactVisibleTo("worker-2").ShouldBeFalse();
        ApplicantFactory.Create(protectedIdentity: false).ContactVisibleTo("worker-2").ShouldBeTrue();
    }

    [Fact]
    public void UpdateDetailsKeepingContact_LeavesHiddenContactUntouched()
    {
        var applicant = ApplicantFactory.Create(protectedIdentity: true);

        applicant.UpdateDetailsKeepingContact(ApplicantFactory.Details() with
        {
            FirstName = "Anne",
            StreetAddress = null,
            Phone = null,
            HasProtectedIdentity = false,
        });

        applicant.FirstName.ShouldBe("Anne");
        applicant.StreetAddress.ShouldBe("Storgatan 1");
        applicant.Phone.ShouldBe("070-123 45 67");
        applicant.HasProtectedIdentity.ShouldBeTrue();
    }
}

using CaseWork.Domain.Access;
using CaseWork.Domain.AccessLog;
using CaseWork.Domain.Auditing;

namespace CaseWork.Domain.Tests.AccessLog;

public class AccessLogRulesTests
{
    private const string Worker = "worker-1";
    private const string Colleague = "worker-2";

    [Fact]
    public void TheAssignedWorkerReadingTheirOwnCase_IsNotFlagged() =>
        AccessLogRules.FlagsFor(AuditAction.ApplicantViewed, Worker, new ApplicantOnRecord(Worker, false)).ShouldBe(AccessAlerts.None);

    [Fact]
    public void AColleagueReadingTheCase_IsOutsideTheirCaseload() =>
        AccessLogRules.FlagsFor(AuditAction.ApplicantViewed, Colleague, new ApplicantOnRecord(Worker, false)).ShouldBe(AccessAlerts.OutsideCaseload);

    [Fact]
    public void ReadingAnUnassignedCase_IsOutsideEveryCaseload() =>
        AccessLogRules.FlagsFor(AuditAction.ApplicantViewed, Worker, new ApplicantOnRecord(null, false)).ShouldBe(AccessAlerts.OutsideCaseload);

    [Fact]
    public void AProtectedIdentity_IsFlaggedForEveryAccessToTheFile_EvenByTheAssignedWorker()
    {
        var applicant = new ApplicantOnRecord(Worker, ProtectedIdentity: true);

        AccessLogRules.FlagsFor(AuditAction.ApplicantViewed, Worker, applicant).ShouldBe(AccessAlerts.ProtectedIdentity);
        AccessLogRules.FlagsFor(AuditAction.JournalNoteSaved, Worker, applicant).ShouldBe(AccessAlerts.ProtectedIdentity);
        AccessLogRules.FlagsFor(AuditAction.ApplicantViewed, Colleague, applicant).ShouldBe(AccessAlerts.OutsideCaseload | AccessAlerts.ProtectedIdentity);
    }

    [Fact]
    public void ARefusal_IsFlagged_WithOrWithoutAnApplicant()
    {
        AccessLogRules.FlagsFor(AuditAction.AccessDenied, Colleague, null).ShouldBe(AccessAlerts.Refused);
        AccessLogRules.FlagsFor(AuditAction.AccessDenied, Colleague, new ApplicantOnRecord(Worker, false)).ShouldBe(AccessAlerts.Refused);
    }

    [Fact]
    public void ChangesBySomeoneElse_AreNotCaseloadReads() =>
        AccessLogRules.FlagsFor(AuditAction.AidMonthRecorded, Colleague, new ApplicantOnRecord(Worker, false)).ShouldBe(AccessAlerts.None);

    [Fact]
    public void AnEntryOfADeletedRecord_KeepsOnlyItsRefusal() =>
        AccessLogRules.FlagsFor(AuditAction.ApplicantViewed, Colleague, null).ShouldBe(AccessAlerts.None);

    [Fact]
    public void ARecordExtract_IsARead_FlaggedAsOutsideTheCaseload()
    {
        const string administrator = "admin-1";

        AccessLogRules.KindOf(AuditAction.RecordExtractProduced).ShouldBe(AccessKind.Read);
        AccessLogRules.FlagsFor(AuditAction.RecordExtractProduced, administrator, new ApplicantOnRecord(Worker, false)).ShouldBe(AccessAlerts.OutsideCaseload);
        AccessLogRules.FlagsFor(AuditAction.RecordExtractProduced, administrator, new ApplicantOnRecord(Worker, true))
            .ShouldBe(AccessAlerts.OutsideCaseload | AccessAlerts.ProtectedIdentity);
    }

    [Fact]
    public void Retention_ShowingAPersonInTheDryRunIsARead_AndARunIsAdministration()
    {
        AccessLogRules.KindOf(AuditAction.RetentionListViewed).ShouldBe(AccessKind.Read);
        AccessLogRules.KindOf(AuditAction.RetentionRun).ShouldBe(AccessKind.Administration);
    }

    [Fact]
    public void EveryAction_HasExactlyOneKind()
    {
        var all = Enum.GetValues<AccessKind>().SelectMany(AccessLogRules.ActionsOf).ToList();

        all.Count.ShouldBe(Enum.GetValues<AuditAction>().Length);
        all.ShouldBeUnique();
        AccessLogRules.KindOf(AuditAction.ApplicantViewed).ShouldBe(AccessKind.Read);
        AccessLogRules.KindOf(AuditAction.ApplicantListSearched).ShouldBe(AccessKind.Search);
        AccessLogRules.KindOf(AuditAction.WorkPlanSaved).ShouldBe(AccessKind.Change);
        AccessLogRules.KindOf(AuditAction.AccessLogChecked).ShouldBe(AccessKind.Administration);
    }

    [Fact]
    public void AReadWithAStatedReason_IsFlagged_WithTheReason_WhoeverReads()
    {
        AccessLogRules.FlagsFor(AuditAction.ApplicantViewed, Colleague, new ApplicantOnRecord(Worker, false), ReadPurpose.StatedReason)
            .ShouldBe(AccessAlerts.StatedReason);
        AccessLogRules.FlagsFor(AuditAction.ReadReasonStated, Colleague, new ApplicantOnRecord(Worker, true), ReadPurpose.StatedReason)
            .ShouldBe(AccessAlerts.StatedReason | AccessAlerts.ProtectedIdentity);
    }

    [Theory]
    [InlineData(ReadPurpose.OwnCase)]
    [InlineData(ReadPurpose.Review)]
    [InlineData(ReadPurpose.DueAction)]
    [InlineData(ReadPurpose.Covering)]
    public void AReadWithATaskBehindIt_IsNotFlagged_ThoughTheReaderIsNotTheAssignedWorker(ReadPurpose purpose) =>
        AccessLogRules.FlagsFor(AuditAction.ApplicantViewed, Colleague, new ApplicantOnRecord(Worker, false), purpose).ShouldBe(AccessAlerts.None);

    [Fact]
    public void AReadWithATaskBehindIt_OfAProtectedIdentity_IsStillFlagged() =>
        AccessLogRules.FlagsFor(AuditAction.ApplicantViewed, Colleague, new ApplicantOnRecord(Worker, true), ReadPurpose.Review).ShouldBe(AccessAlerts.ProtectedIdentity);

    [Fact]
    public void ARefusedPurpose_IsFlaggedAsRefused() =>
        AccessLogRules.FlagsFor(AuditAction.AccessDenied, Colleague, null, ReadPurpose.Refused).ShouldBe(AccessAlerts.Refused);
}

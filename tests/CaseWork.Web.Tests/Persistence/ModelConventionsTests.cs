using CaseWork.Domain.AccessLog;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.CaseReviews;
using CaseWork.Domain.FollowUps;
using CaseWork.Domain.Indicators;
using CaseWork.Domain.Investigations;
using CaseWork.Domain.Journal;
using CaseWork.Domain.Organisation;
using CaseWork.Domain.Referrals;
using CaseWork.Domain.WorkPlans;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseWork.Web.Tests.Persistence;

/// <summary>What the model conventions say once holds for each entity it speaks for (see ModelConventions).</summary>
public class ModelConventionsTests(AppFixture app) : AppTest(app)
{
    public static TheoryData<Type> GuidKeyed => new(
        typeof(Applicant), typeof(WorkPlan), typeof(BasicInvestigation), typeof(JournalNote), typeof(NoteObjection),
        typeof(MonthlyCheck), typeof(FollowUpTalk), typeof(Referral), typeof(ReferralIntervention), typeof(CaseReview),
        typeof(CaseReviewEntry), typeof(ReviewAction), typeof(LogCheck));

    public static TheoryData<Type> Versioned => new(
        typeof(Applicant), typeof(WorkPlan), typeof(BasicInvestigation), typeof(JournalNote), typeof(Referral),
        typeof(CaseReview), typeof(CaseReviewEntry), typeof(IndicatorTarget), typeof(DistrictPopulation));

    [Theory]
    [MemberData(nameof(GuidKeyed))]
    public void AGuidId_IsMadeByTheDomain_NeverByTheDatabase(Type entity)
    {
        using var db = App.NewDbContext();
        var id = db.Model.FindEntityType(entity)!.FindPrimaryKey()!.Properties.ShouldHaveSingleItem();

        id.Name.ShouldBe("Id");
        id.ValueGenerated.ShouldBe(ValueGenerated.Never);
    }

    [Theory]
    [MemberData(nameof(Versioned))]
    public void TheVersion_IsTheXminConcurrencyToken(Type entity)
    {
        using var db = App.NewDbContext();
        var type = db.Model.FindEntityType(entity)!;
        var version = type.FindProperty("Version")!;

        version.IsConcurrencyToken.ShouldBeTrue();
        version.ValueGenerated.ShouldBe(ValueGenerated.OnAddOrUpdate);
        version.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema())).ShouldBe("xmin");
    }

    [Theory]
    [InlineData(typeof(Applicant), nameof(Applicant.Household))]
    [InlineData(typeof(AidMonth), nameof(AidMonth.Decision))]
    [InlineData(typeof(JournalNote), nameof(JournalNote.Kind))]
    [InlineData(typeof(AuditEntry), nameof(AuditEntry.Reason))]
    [InlineData(typeof(WorkGroup), nameof(WorkGroup.Kind))]
    [InlineData(typeof(Referral), nameof(Referral.ClosureReason))]
    public void AnEnum_IsStoredByName(Type entity, string property)
    {
        using var db = App.NewDbContext();

        db.Model.FindEntityType(entity)!.FindProperty(property)!.GetProviderClrType().ShouldBe(typeof(string));
    }

    [Fact]
    public void TheConsentScope_CombinesFlags_AndIsStoredAsANumber()
    {
        using var db = App.NewDbContext();
        var consent = db.Model.FindEntityType(typeof(Referral))!.FindComplexProperty(nameof(Referral.Consent))!.ComplexType;

        consent.FindProperty(nameof(ReferralConsent.Scope))!.GetProviderClrType().ShouldBe(typeof(int));
    }
}

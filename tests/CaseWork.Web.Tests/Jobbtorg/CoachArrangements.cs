using System.Globalization;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Investigations;
using CaseWork.Domain.Referrals;
using CaseWork.Domain.WorkPlans;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Jobbtorg;

/// <summary>Case data the coach must (or must not) see, arranged straight in the database.</summary>
internal static class CoachArrangements
{
    public const string PlanGoal = "Arbete som undersköterska inom två år";
    public const string PlanRequirement = "Delta på Jobbtorg tre dagar i veckan";
    public const string InvestigationAssessment = "Kan arbeta heltid med stöd i svenska.";

    public static DateOnly Today => AppTime.Today;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task AddActivePlanAsync(this AppFixture app, Applicant applicant)
    {
        await using var db = app.NewDbContext();
        var content = new PlanContent(Today.AddDays(-10), Today.AddMonths(6), null, PlanGoal,
            [new Subgoal(Guid.NewGuid(), "Klara sfi kurs D", null, null, SubgoalStatus.NotStarted, [])], [PlanRequirement], []);
        var plan = WorkPlan.StartDraft(applicant.Id, content, AppTime.UtcNow);
        plan.Activate(new PlanAgreementInput(Today.AddDays(-10), AgreementMethod.InMeeting, true, null), "socialsekreterare.st", AppTime.UtcNow);
        db.WorkPlans.Add(plan);
        await db.SaveChangesAsync();
    }

    public static async Task AddSignedInvestigationAsync(this AppFixture app, Applicant applicant)
    {
        await using var db = app.NewDbContext();
        var investigation = BasicInvestigation.Start(applicant.Id, "worker",
            new InvestigationSections("Lokalvård 2015–2019", null, null, null, null, null, null, InvestigationAssessment), AppTime.UtcNow);
        investigation.Sign("socialsekreterare.st", AppTime.UtcNow);
        db.BasicInvestigations.Add(investigation);
        await db.SaveChangesAsync();
    }

    public static async Task SetConsentAsync(this AppFixture app, Referral referral, ConsentScope scope)
    {
        await using var db = app.NewDbContext();
        var stored = await db.Referrals.IgnoreQueryFilters().SingleAsync(r => r.Id == referral.Id);
        stored.RecordConsent(new ReferralConsent(true, stored.SentOn, scope), Today);
        await db.SaveChangesAsync();
    }

    public static async Task<Referral> ReferralAsync(this AppFixture app, Guid referralId)
    {
        await using var db = app.NewDbContext();
        return await db.Referrals.IgnoreQueryFilters().AsNoTracking()
            .Include(r => r.Attendance).Include(r => r.Interventions)
            .SingleAsync(r => r.Id == referralId);
    }

    /// <summary>Closes the referral <paramref name="daysAgo"/> days ago, as the coach would, with a note the page shows.</summary>
    public static async Task CloseReferralAsync(this AppFixture app, Referral referral, int daysAgo, ReferralClosureReason reason, string? note = ClosureNote)
    {
        await using var db = app.NewDbContext();
        var stored = await db.Referrals.IgnoreQueryFilters().SingleAsync(r => r.Id == referral.Id);
        stored.Close(Today.AddDays(-daysAgo), reason, note, Today);
        await db.SaveChangesAsync();
    }

    public const string ClosureNote = "Avslutad efter trepartssamtal";

    public static string ParticipantUrl(Referral referral) => $"/Jobbtorg/Participants/{referral.Id}";

    /// <summary>Posts one of the participant page's forms with the referral's current row version.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpSession session, AppFixture app, Referral referral, string handler, Dictionary<string, string> fields)
    {
        var current = await app.ReferralAsync(referral.Id);
        var values = new Dictionary<string, string>(fields) { ["Version"] = current.Version.ToString(CultureInfo.InvariantCulture) };
        return await session.SubmitFormAsync(ParticipantUrl(referral), values, $"{ParticipantUrl(referral)}?handler={handler}");
    }
}

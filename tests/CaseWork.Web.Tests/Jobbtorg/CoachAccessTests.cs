using System.Net;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.Journal;
using CaseWork.Domain.Referrals;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Journal;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Jobbtorg;

/// <summary>The coach's narrow view, proven by refusals: no case file, no other Jobbtorg, nothing the consent does not cover.</summary>
public class CoachAccessTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Coach_IsRefusedTheCaseFile_EvenOfTheirOwnParticipant()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await App.AddReferralAsync(applicant, firstVisitDaysAgo: 5);
        await App.AddActivePlanAsync(applicant);
        await using var db = App.NewDbContext();
        var planId = await db.WorkPlans.IgnoreQueryFilters().Select(p => p.Id).SingleAsync();
        var coach = await SignInAsync("jobbcoach");

        foreach (var url in new[]
        {
            "/Applicants", $"/Applicants/{applicant.Id}", $"/Applicants/{applicant.Id}/WorkPlans/{planId}",
            $"/Applicants/{applicant.Id}/WorkPlans/{planId}/Print", $"/Applicants/{applicant.Id}/AidMonths", $"/Applicants/{applicant.Id}/Investigations",
        })
        {
            await ShouldBeRefusedAsync(coach, url);
        }
    }

    [Theory]
    [InlineData("socialsekreterare.st")]
    [InlineData("enhetschef.st")]
    [InlineData("admin")]
    public async Task OtherRoles_AreRefusedTheCoachPages(string userName)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var referral = await App.AddReferralAsync(applicant, firstVisitDaysAgo: 5);
        var session = await SignInAsync(userName);

        await ShouldBeRefusedAsync(session, "/Jobbtorg");
        await ShouldBeRefusedAsync(session, CoachArrangements.ParticipantUrl(referral));
        await ShouldBeRefusedAsync(session, CoachArrangements.ParticipantUrl(referral) + "/Journal");
    }

    [Fact]
    public async Task CoachOfAnotherJobbtorg_GetsNotFound_AndCannotPost()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var referral = await App.AddReferralAsync(applicant, firstVisitDaysAgo: 8);
        var other = await SignInAsync("jobbcoach.skh");

        var page = await other.GetAsync(CoachArrangements.ParticipantUrl(referral));
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.TextAsync()).ShouldNotContain(applicant.LastName);
        (await other.GetAsync(CoachArrangements.ParticipantUrl(referral) + "/Journal")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetStringAsync("/Jobbtorg")).ShouldNotContain(applicant.LastName);

        // A valid antiforgery token from the coach's own list, so only the Jobbtorg can refuse these.
        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
        {
            ("JobPlan", new() { ["Lifecycle.JobPlanOn"] = CoachArrangements.Iso(CoachArrangements.Today), ["Lifecycle.JobPlanContent"] = "Söka arbete." }),
            ("Attendance", new() { ["Attendance.Month"] = CoachArrangements.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), ["Attendance.DaysExpected"] = "5", ["Attendance.DaysAttended"] = "5" }),
            ("Close", new() { ["Closure.On"] = CoachArrangements.Iso(CoachArrangements.Today), ["Closure.Reason"] = "Employment" }),
        })
        {
            var response = await other.SubmitFormAsync("/Jobbtorg", fields, $"{CoachArrangements.ParticipantUrl(referral)}?handler={handler}");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var stored = await App.ReferralAsync(referral.Id);
        stored.JobPlanOn.ShouldBeNull();
        stored.ClosedOn.ShouldBeNull();
        stored.Attendance.ShouldBeEmpty();
        await using var db = App.NewDbContext();
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.AccessDenied && e.UserName == "jobbcoach.skh")).ShouldBeGreaterThanOrEqualTo(5);
    }

    [Fact]
    public async Task RefusedConsent_ShowsNameContactAndReferral_ButNoPlanNoInvestigationNoJournal()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Amina", lastName: "Warsame");
        var referral = await App.AddReferralAsync(applicant, consentGiven: false, firstVisitDaysAgo: 8);
        await App.AddActivePlanAsync(applicant);
        await App.AddSignedInvestigationAsync(applicant);
        var coach = await SignInAsync("jobbcoach");

        var page = await (await coach.GetAsync(CoachArrangements.ParticipantUrl(referral))).TextAsync();
        page.ShouldContain("Amina Warsame");
        page.ShouldContain("070-111 22 33");
        page.ShouldContain("Hemliga vägen 7");
        page.ShouldContain("Arbetslös sedan två år, vill arbeta inom vården.");
        page.ShouldContain("Jobbplan mot undersköterskeutbildning.");
        page.ShouldContain("Samtycket omfattar inte arbetsplanen.");
        page.ShouldNotContain(CoachArrangements.PlanGoal);
        page.ShouldNotContain(CoachArrangements.PlanRequirement);
        page.ShouldNotContain(CoachArrangements.InvestigationAssessment);
        page.ShouldNotContain("Öppna journalen");
        page.ShouldNotContain(applicant.PersonalIdentityNumber);

        var journal = await coach.GetAsync(CoachArrangements.ParticipantUrl(referral) + "/Journal");
        journal.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await journal.TextAsync()).ShouldContain("Sidan finns inte");

        await using var db = App.NewDbContext();
        var viewed = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.ApplicantViewed);
        viewed.ApplicantId.ShouldBe(applicant.Id);
        viewed.Detail.ShouldBe("jobbtorg: participant");
    }

    [Fact]
    public async Task GivenConsent_ShowsTheScopesItCovers_ReadOnly()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var referral = await App.AddReferralAsync(applicant, firstVisitDaysAgo: 8);
        await App.AddActivePlanAsync(applicant);
        await App.AddSignedInvestigationAsync(applicant);
        var coach = await SignInAsync("jobbcoach");

        // Work plan and journal, as the referral was sent.
        var page = await coach.GetStringAsync(CoachArrangements.ParticipantUrl(referral));
        page.ShouldContain(CoachArrangements.PlanGoal);
        page.ShouldContain(CoachArrangements.PlanRequirement);
        page.ShouldNotContain(CoachArrangements.InvestigationAssessment);
        page.ShouldNotContain("/Applicants/");
        var worker = Org.UserIds["socialsekreterare.st"];
        await App.AddNoteAsync(applicant.Id, worker, JournalNotes.Today, JournalNoteKind.ThreePartyTalk, "Trepartssamtal: praktik på lager från december.");
        await App.AddNoteAsync(applicant.Id, worker, JournalNotes.Today, text: "Utkast som ingen annan ska se.", signed: false);
        var journal = await coach.GetStringAsync(CoachArrangements.ParticipantUrl(referral) + "/Journal");
        journal.ShouldContain("Trepartssamtal: praktik på lager från december.");
        journal.ShouldNotContain("Utkast som ingen annan ska se.");

        await App.SetConsentAsync(referral, ConsentScope.Investigation);
        page = await coach.GetStringAsync(CoachArrangements.ParticipantUrl(referral));
        page.ShouldContain(CoachArrangements.InvestigationAssessment);
        page.ShouldNotContain(CoachArrangements.PlanGoal);
        (await coach.GetAsync(CoachArrangements.ParticipantUrl(referral) + "/Journal")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(ReferralClosureReason.Employment)]
    [InlineData(ReferralClosureReason.SentBack)]
    public async Task ClosedReferral_ShowsOnlyTheCoachesOwnRecord_NoContactNoPlanNoJournal(ReferralClosureReason reason)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Amina", lastName: "Warsame");
        var referral = await App.AddReferralAsync(applicant, firstVisitDaysAgo: 20);
        await App.SetConsentAsync(referral, ConsentScope.WorkPlan | ConsentScope.Investigation | ConsentScope.Journal);
        await App.AddActivePlanAsync(applicant);
        await App.AddSignedInvestigationAsync(applicant);
        var worker = Org.UserIds["socialsekreterare.st"];
        await App.AddNoteAsync(applicant.Id, worker, JournalNotes.Today.AddDays(-15), text: "Anteckning före avslutet.");
        await App.CloseReferralAsync(referral, daysAgo: 10, reason);
        await App.AddNoteAsync(applicant.Id, worker, JournalNotes.Today.AddDays(-5), text: "Anteckning efter avslutet.");
        var coach = await SignInAsync("jobbcoach");

        var response = await coach.GetAsync(CoachArrangements.ParticipantUrl(referral));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.TextAsync();
        page.ShouldContain("Amina Warsame");
        page.ShouldContain(CoachArrangements.ClosureNote);
        page.ShouldContain(CoachArrangements.Today.AddDays(-20).ToString("d", System.Globalization.CultureInfo.GetCultureInfo("sv-SE")));
        page.ShouldNotContain("070-111 22 33");
        page.ShouldNotContain("Hemliga vägen 7");
        page.ShouldNotContain("person@example.se");
        page.ShouldNotContain(CoachArrangements.PlanGoal);
        page.ShouldNotContain(CoachArrangements.PlanRequirement);
        page.ShouldNotContain(CoachArrangements.InvestigationAssessment);
        page.ShouldNotContain("Öppna journalen");

        var journal = await coach.GetAsync(CoachArrangements.ParticipantUrl(referral) + "/Journal");
        journal.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var journalText = await journal.TextAsync();
        journalText.ShouldNotContain("Anteckning före avslutet.");
        journalText.ShouldNotContain("Anteckning efter avslutet.");
    }

    [Fact]
    public async Task ProtectedIdentity_HidesTheContact()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, protectedIdentity: true);
        var referral = await App.AddReferralAsync(applicant, firstVisitDaysAgo: 8);
        var coach = await SignInAsync("jobbcoach");

        var page = await coach.GetStringAsync(CoachArrangements.ParticipantUrl(referral));
        page.ShouldContain("Skyddad identitet: kontakt sker via handläggaren.");
        page.ShouldNotContain("070-111 22 33");
        page.ShouldNotContain("Hemliga vägen 7");
        page.ShouldNotContain("person@example.se");
    }

    private static async Task ShouldBeRefusedAsync(HttpSession session, string url)
    {
        var response = await session.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location!;
            var path = location.IsAbsoluteUri ? location.PathAndQuery : location.ToString();
            path.ShouldStartWith("/Account/AccessDenied", customMessage: url);
            (await session.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            return;
        }

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
    }
}

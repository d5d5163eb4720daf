using System.Net;
using CaseWork.Domain.Referrals;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Referrals;

public class SendReferralTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Send_WithConsent_ShowsOnTheReferralAndCasePages()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");

        var response = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/Referrals/Create", await ReferralForms.SendAsync(App));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await (await session.GetAsync(response.Headers.Location!.ToString())).TextAsync();
        page.ShouldContain("Remissen till Jobbtorg är skickad.");
        page.ShouldContain("Samtycke givet");
        page.ShouldContain("arbetsplanen, journalen");
        page.ShouldContain("Jobbtorg Kista");
        var casePage = await session.GetStringAsync($"/Applicants/{applicant.Id}");
        casePage.ShouldContain("Jobbtorg, Jobbtorg Kista");
        casePage.ShouldContain("Skickad");
    }

    [Fact]
    public async Task Send_WithoutConsent_RecordsTheRefusalAndSaysWhatTheCoachSees()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");

        var response = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/Referrals/Create", await ReferralForms.SendAsync(App, consent: false));

        var page = await (await session.GetAsync(response.Headers.Location!.ToString())).TextAsync();
        page.ShouldContain("jobbcoachen ser bara namn, kontaktuppgifter och remissen");
        await using var db = App.NewDbContext();
        var saved = await db.Referrals.IgnoreQueryFilters().SingleAsync();
        saved.Consent.Given.ShouldBeFalse();
        saved.Consent.Scope.ShouldBe(ConsentScope.None);
    }

    [Fact]
    public async Task Send_RefusedConsentWithScope_IsExplained()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var form = await ReferralForms.SendAsync(App, consent: false);
        form["Input.Consent.Journal"] = "true";

        var html = await (await session.SubmitFormAsync($"/Applicants/{applicant.Id}/Referrals/Create", form)).TextAsync();

        html.ShouldContain("Utan samtycke delas ingenting");
        html.ShouldContain("href=\"#Input_Consent_WorkPlan\"");
    }

    [Fact]
    public async Task Send_WorkCapacityBelowFiftyToJobbtorg_IsRefusedAndNothingTypedIsLost()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");

        var response = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/Referrals/Create", await ReferralForms.SendAsync(App, capacity: "40"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("Jobbtorg tar emot sökande som kan arbeta minst 50 %.");
        html.ShouldContain("href=\"#Input_WorkCapacity\"");
        html.ShouldContain("value=\"40\"");
        html.ShouldContain("Arbetslös sedan 2024; vill arbeta inom lager och logistik.");
        await using var db = App.NewDbContext();
        (await db.Referrals.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Send_SecondOpenReferralOfTheSameProgram_IsRefused()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await App.AddReferralAsync(applicant);
        var session = await SignInAsync("socialsekreterare.st");

        var html = await (await session.SubmitFormAsync($"/Applicants/{applicant.Id}/Referrals/Create", await ReferralForms.SendAsync(App))).TextAsync();

        html.ShouldContain("Den sökande har redan en öppen remiss till Jobbtorg.");
        await using var db = App.NewDbContext();
        (await db.Referrals.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Send_PrefillsWhatThePlanWantsFromTheActivePlansGoal()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await using (var db = App.NewDbContext())
        {
            var today = ReferralForms.Today;
            var plan = CaseWork.Domain.WorkPlans.WorkPlan.StartDraft(applicant.Id, new CaseWork.Domain.WorkPlans.PlanContent(
                today, today.AddMonths(6), null, "Arbete som lagerarbetare i Järfälla inom ett år", [], [], []), AppTime.UtcNow);
            plan.Activate(new CaseWork.Domain.WorkPlans.PlanAgreementInput(today, CaseWork.Domain.WorkPlans.AgreementMethod.InMeeting, true, null), "test", AppTime.UtcNow);
            db.WorkPlans.Add(plan);
            await db.SaveChangesAsync();
        }

        var session = await SignInAsync("socialsekreterare.st");

        (await session.GetStringAsync($"/Applicants/{applicant.Id}/Referrals/Create")).ShouldContain("Arbete som lagerarbetare i Järfälla inom ett år</textarea>");
    }
}

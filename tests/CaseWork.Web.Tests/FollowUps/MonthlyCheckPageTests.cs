using System.Net;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Journal;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.FollowUps.FollowUpArrangements;

namespace CaseWork.Web.Tests.FollowUps;

public class MonthlyCheckPageTests(AppFixture app) : AppTest(app)
{
    private static Dictionary<string, string> Check(
        string attendance = "Yes", string days = "", string applications = "6", string decision = "Granted", string decisionText = "", DateOnly? month = null) => new()
    {
        ["Input.Month"] = Month(month ?? ThisMonth),
        ["Input.Attendance"] = attendance,
        ["Input.DaysAttended"] = days,
        ["Input.JobApplications"] = applications,
        ["Input.Decision"] = decision,
        ["Input.DecisionText"] = decisionText,
        ["Input.Comment"] = "Söker arbete inom lager och logistik.",
    };

    [Fact]
    public async Task AGrantedMonth_RecordsTheAidDecisionOnce_AndASignedJournalNote()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var page = $"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck";

        var saved = await session.SubmitFormAsync(page, Check());

        saved.Headers.Location!.ToString().ShouldBe($"/Applicants/{applicant.Id}/FollowUps");
        var list = await session.GetStringAsync(saved.Headers.Location!.ToString());
        list.ShouldContain("månadens beslut registrerat och en signerad anteckning skriven i journalen");
        var casePage = await session.GetStringAsync($"/Applicants/{applicant.Id}");
        casePage.ShouldContain("Beviljat");
        casePage.ShouldContain("Sökta arbeten: 6.");
        await using var db = App.NewDbContext();
        (await db.AidMonths.SingleAsync(m => m.ApplicantId == applicant.Id)).Decision.ShouldBe(AidDecision.Granted);
        var note = await db.JournalNotes.IgnoreQueryFilters().SingleAsync();
        note.Kind.ShouldBe(JournalNoteKind.MonthlyCheck);
        note.IsSigned.ShouldBeTrue();
    }

    [Fact]
    public async Task ARefusalForMissingAttendance_WarnsFirst_AndSavesOnlyWhenConfirmed()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var page = $"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck";
        var refusal = Check("Partly", "8", "1", "Refused", "Har inte deltagit enligt planen.");

        var warned = await session.SubmitFormAsync(page, refusal);

        warned.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await warned.TextAsync();
        html.ShouldContain("Ingen närvarorapport från Jobbtorg");
        html.ShouldContain("Spara ändå");
        html.ShouldContain("Har inte deltagit enligt planen.");
        await using (var db = App.NewDbContext())
        {
            (await db.MonthlyChecks.IgnoreQueryFilters().AnyAsync()).ShouldBeFalse();
            (await db.AidMonths.AnyAsync()).ShouldBeFalse();
        }

        var confirmed = await session.SubmitFormAsync(page, new(refusal) { ["SaveWithoutReport"] = "true" });

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetStringAsync($"/Applicants/{applicant.Id}")).ShouldContain("Beslut för månaden: Avslag. Har inte deltagit enligt planen.");
    }

    [Fact]
    public async Task ARefusalWithJobbtorgsAttendanceReport_SavesWithoutWarning()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var referral = await App.AddReferralAsync(applicant, firstVisitDaysAgo: 40, sentDaysAgo: 45);
        await using (var db = App.NewDbContext())
        {
            var tracked = await db.Referrals.IgnoreQueryFilters().Include(r => r.Attendance).SingleAsync(r => r.Id == referral.Id);
            tracked.ReportAttendance(ThisMonth, 3, 16, Org.UserIds["jobbcoach"], AppTime.UtcNow, Today);
            await db.SaveChangesAsync();
        }

        var session = await SignInAsync("socialsekreterare.st");
        var saved = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck", Check("Partly", "3", "0", "Reduced", "Närvaro 3 av 16 dagar."));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ASecondCheckOfTheSameMonth_IsRefused()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var page = $"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck";
        (await session.SubmitFormAsync(page, Check())).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var again = await (await session.SubmitFormAsync(page, Check(applications: "9"))).TextAsync();

        again.ShouldContain("Månaden är redan uppföljd.");
        await using var db = App.NewDbContext();
        (await db.MonthlyChecks.IgnoreQueryFilters().SingleAsync()).JobApplications.ShouldBe(6);
    }

    [Theory]
    [InlineData("Yes", "", "Refused", "", "Skriv beslutsmotiveringen")]
    [InlineData("Partly", "", "Granted", "", "Ange antal närvarodagar när närvaron var delvis.")]
    [InlineData("Partly", "40", "Granted", "", "Antalet dagar kan inte vara fler än månadens dagar.")]
    [InlineData("Maybe", "", "Granted", "", "Ange om den sökande deltagit på Jobbtorg enligt överenskommelse.")]
    public async Task BadInput_GivesAClearSwedishMessage_AndKeepsTheForm(string attendance, string days, string decision, string text, string message)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");

        var html = await (await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck", Check(attendance, days, "4", decision, text))).TextAsync();

        html.ShouldContain("Det finns ett problem");
        html.ShouldContain(message);
        html.ShouldContain("Söker arbete inom lager och logistik.");
    }

    [Fact]
    public async Task TheForm_StartsAtThisMonth_PrefillsOnlyWhatIsStable_NeverTheApplicationsOrTheDecision()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var page = $"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck";
        var lastMonth = new Dictionary<string, string>(Check("Partly", "12", "7", "Reduced", "Delvis närvaro.", ThisMonth.AddMonths(-1))) { ["SaveWithoutReport"] = "true" };
        (await session.SubmitFormAsync(page, lastMonth)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var form = await session.GetStringAsync(page);

        form.ShouldContain($"value=\"{Month(ThisMonth)}\"");
        form.ShouldContain("Ifyllt från uppföljningen för");
        form.ShouldMatch("id=\"Input_Attendance_Partly\" value=\"Partly\" checked=\"checked\"");
        form.ShouldContain("name=\"Input.DaysAttended\" value=\"12\"");
        form.ShouldContain("Förslag: motiveringen från förra månadens nedsättning");
        form.ShouldContain("Delvis närvaro.</textarea>");
        form.ShouldNotMatch("name=\"Input.Decision\" id=\"Input_Decision_\\w+\" value=\"\\w+\" checked");
        form.ShouldContain("name=\"Input.JobApplications\" value=\"\"");
    }

    [Fact]
    public async Task TheForm_AfterAGrantedMonth_SuggestsNoDaysAndNoMotivation()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var page = $"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck";
        (await session.SubmitFormAsync(page, Check("Yes", "18", "5", "Granted", "Beviljat enligt norm.", ThisMonth.AddMonths(-1)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var form = await session.GetStringAsync(page);

        form.ShouldNotContain("Förslag: motiveringen");
        form.ShouldNotContain("Beviljat enligt norm.</textarea>");
        form.ShouldContain("name=\"Input.DaysAttended\" value=\"\"");
    }

    [Fact]
    public async Task NoDecision_IsAnError_NeverADefault()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var fields = Check();
        fields.Remove("Input.Decision");

        var html = await (await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck", fields)).TextAsync();

        html.ShouldContain("id=\"Input_Decision-error\">Välj beslut för månaden.");
        await using var db = App.NewDbContext();
        (await db.MonthlyChecks.IgnoreQueryFilters().AnyAsync()).ShouldBeFalse();
        (await db.AidMonths.AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task AReducedMonth_GivesEveryErrorAndTheWarningAtOnce_ThenSavesWithOneConfirmation()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var page = $"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck";

        var first = await session.SubmitFormAsync(page, Check("Partly", "", "", "Reduced", ""));

        var html = await first.TextAsync();
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("id=\"Input_DaysAttended-error\">Ange antal närvarodagar när närvaron var delvis.");
        html.ShouldContain("id=\"Input_JobApplications-error\">Ange antal sökta arbeten, 0 om inga.");
        html.ShouldContain("id=\"Input_DecisionText-error\">Skriv beslutsmotiveringen");
        html.ShouldContain("Ingen närvarorapport från Jobbtorg");
        html.IndexOf("id=\"error-summary\"", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("id=\"Input_Month\"", StringComparison.Ordinal));

        var confirmed = await session.SubmitFormAsync(page, new(Check("Partly", "9", "3", "Reduced", "Närvaro 9 av 21 dagar.")) { ["SaveWithoutReport"] = "true" });

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = App.NewDbContext();
        (await db.MonthlyChecks.IgnoreQueryFilters().SingleAsync()).DaysAttended.ShouldBe(9);
    }

    [Fact]
    public async Task TheDefaultButton_IsTheSave_AndSaveAnywayOnlyWhenOffered()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var page = $"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck";

        var form = await session.GetStringAsync(page);
        var warned = await (await session.SubmitFormAsync(page, Check("No", "", "0", "Refused", "Har inte deltagit."))).TextAsync();

        FirstSubmitButtonOf(form).ShouldContain("Spara månadsuppföljningen");
        FirstSubmitButtonOf(form).ShouldNotContain("SaveWithoutReport");
        FirstSubmitButtonOf(warned).ShouldContain("name=\"SaveWithoutReport\" value=\"true\"");
    }

    [Fact]
    public async Task OpenedFromTheCasePage_ReturnsThereAfterSave()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var casePage = $"/Applicants/{applicant.Id}";

        var saved = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck?returnUrl={Uri.EscapeDataString(casePage)}", Check());

        saved.Headers.Location!.ToString().ShouldBe(casePage);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task AForeignReturnUrl_IsIgnored(string foreign)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var page = $"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck?returnUrl={Uri.EscapeDataString(foreign)}";

        var form = await session.GetStringAsync(page);
        form.ShouldContain($"<a href=\"/Applicants/{applicant.Id}/FollowUps\" class=\"btn btn-link\">Avbryt</a>");
        form.ShouldNotContain("name=\"returnUrl\"");
        var saved = await session.SubmitFormAsync(page, Check());

        saved.Headers.Location!.ToString().ShouldBe($"/Applicants/{applicant.Id}/FollowUps");
    }

    [Fact]
    public async Task OpenedFromTheDueList_CancelAndTheBreadcrumbReturnToTheSameFilterAndPage()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");

        var form = await session.GetStringAsync($"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck?kind=MonthlyCheck&after=abc&fromDue=true");

        var list = "href=\"/Due?kind=MonthlyCheck&amp;after=abc\"";
        form.ShouldContain($"<li class=\"breadcrumb-item\"><a {list}>Att göra</a>");
        form.ShouldContain($"<a {list} class=\"btn btn-link\">Avbryt</a>");
    }

    private static string FirstSubmitButtonOf(string html)
    {
        var form = html[html.IndexOf("<form method=\"post\" novalidate class=\"col-lg-8\"", StringComparison.Ordinal)..];
        var button = form.IndexOf("<button type=\"submit\"", StringComparison.Ordinal);
        return form[button..form.IndexOf("</button>", button, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task UnitHeadCannotWrite_OtherUnitGets404_CoachSeesNothing()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var page = $"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck";

        var head = await SignInAsync("enhetschef.st");
        await head.StateReasonAsync(applicant.Id);
        (await head.GetAsync(page)).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await head.GetStringAsync($"/Applicants/{applicant.Id}/FollowUps")).ShouldContain("Ingen månadsuppföljning ännu.");
        (await (await SignInAsync("socialsekreterare.hl")).GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await SignInAsync("jobbcoach")).GetAsync($"/Applicants/{applicant.Id}/FollowUps")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }
}

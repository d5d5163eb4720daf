using System.Net;
using CaseWork.Domain.Referrals;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Referrals;

public class ReferralPageTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Resurs_FirstGetsThePlace_SecondQueues_ClosingTheFirstServesTheQueue()
    {
        await App.SetPlacesAsync(Org.SpangaTenstaDistrict, 1);
        var first = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Leyla");
        var second = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Omar");
        var session = await SignInAsync("socialsekreterare.st");

        var placed = await session.SubmitFormAsync($"/Applicants/{first.Id}/Referrals/Create", await ReferralForms.SendAsync(App, "Resurs", "25"));
        var placedUrl = placed.Headers.Location!.ToString();
        (await session.GetStringAsync(placedUrl)).ShouldContain("Remissen till Jobbtorg Resurs är skickad och har fått en plats.");
        var queued = await session.SubmitFormAsync($"/Applicants/{second.Id}/Referrals/Create", await ReferralForms.SendAsync(App, "Resurs", "25"));
        var queuedUrl = queued.Headers.Location!.ToString();
        var queuedPage = await session.GetStringAsync(queuedUrl);
        queuedPage.ShouldContain("Ingen plats är ledig: den står som nummer 1 i stadsdelens kö.");
        queuedPage.ShouldContain("plats 1 i kön");
        (await session.GetStringAsync($"/Applicants/{second.Id}")).ShouldContain("plats 1 i kön");

        var closed = await session.SubmitFormAsync(placedUrl, new()
        {
            ["Close.Reason"] = nameof(ReferralClosureReason.Moved),
            ["Close.On"] = ReferralForms.Iso(ReferralForms.Today),
            ["Version"] = (await App.VersionAsync(ReferralForms.ReferralIdIn(placedUrl))).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, placedUrl + "?handler=Close");

        closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetStringAsync(placedUrl)).ShouldContain("Resurs-platsen gick till nästa remiss i stadsdelens kö.");
        var granted = await session.GetStringAsync(queuedUrl);
        granted.ShouldContain("En plats på Jobbtorg Resurs har blivit ledig");
        granted.ShouldNotContain("i kön");
        (await session.SubmitFormAsync(queuedUrl, new(), queuedUrl + "?handler=Acknowledge")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var acknowledged = await session.GetStringAsync(queuedUrl);
        acknowledged.ShouldContain("Noterat.");
        acknowledged.ShouldNotContain("En plats på Jobbtorg Resurs har blivit ledig");
    }

    [Fact]
    public async Task Close_BadInput_IsExplainedInSwedishAndNothingIsLost()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var referral = await App.AddReferralAsync(applicant, firstVisitDaysAgo: 10);
        var session = await SignInAsync("socialsekreterare.st");
        var url = $"/Applicants/{applicant.Id}/Referrals/{referral.Id}";
        var version = (await App.VersionAsync(referral.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var noReason = await (await session.SubmitFormAsync(url, new() { ["Close.On"] = ReferralForms.Iso(ReferralForms.Today), ["Version"] = version }, url + "?handler=Close")).TextAsync();
        noReason.ShouldContain("Välj varför remissen avslutas.");

        var noWhy = await (await session.SubmitFormAsync(url, new()
        {
            ["Close.Reason"] = nameof(ReferralClosureReason.SentBack), ["Close.On"] = ReferralForms.Iso(ReferralForms.Today), ["Version"] = version,
        }, url + "?handler=Close")).TextAsync();
        noWhy.ShouldContain("Skriv varför: det krävs när remissen återremitteras");

        var beforeVisit = await (await session.SubmitFormAsync(url, new()
        {
            ["Close.Reason"] = nameof(ReferralClosureReason.Other), ["Close.Note"] = "Flyttar till Göteborg", ["Close.On"] = ReferralForms.Iso(ReferralForms.Today.AddDays(-20)), ["Version"] = version,
        }, url + "?handler=Close")).TextAsync();
        beforeVisit.ShouldContain("Avslutsdatumet kan inte ligga före första besöket på Jobbtorg.");
        beforeVisit.ShouldContain("href=\"#Close_On\"");
        beforeVisit.ShouldContain("Flyttar till Göteborg");
    }

    [Fact]
    public async Task Consent_ChangedByAColleagueMeanwhile_IsShownNotOverwritten()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var referral = await App.AddReferralAsync(applicant, consentGiven: false);
        var session = await SignInAsync("socialsekreterare.st");
        var url = $"/Applicants/{applicant.Id}/Referrals/{referral.Id}";
        var form = new Dictionary<string, string>
        {
            ["Consent.Answer"] = "given", ["Consent.RecordedOn"] = ReferralForms.Iso(ReferralForms.Today), ["Consent.WorkPlan"] = "true",
            ["Version"] = (await App.VersionAsync(referral.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        (await session.SubmitFormAsync(url, form, url + "?handler=Consent")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetStringAsync(url)).ShouldContain("Samtycke givet");

        form["Consent.Answer"] = "refused";
        form.Remove("Consent.WorkPlan");
        var stale = await (await session.SubmitFormAsync(url, form, url + "?handler=Consent")).TextAsync();

        stale.ShouldContain("En kollega ändrade remissen medan du arbetade med den.");
        (await session.GetStringAsync(url)).ShouldContain("Samtycke givet");
    }

    [Fact]
    public async Task AnotherUnit_Gets404_ForThePageAndItsForms()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var referral = await App.AddReferralAsync(applicant);
        var other = await SignInAsync("socialsekreterare.hl");
        var url = $"/Applicants/{applicant.Id}/Referrals/{referral.Id}";

        (await other.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/Applicants/{applicant.Id}/Referrals/Create")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.SubmitFormAsync("/Referrals", new() { ["Close.Reason"] = "Moved", ["Close.On"] = ReferralForms.Iso(ReferralForms.Today) }, url + "?handler=Close"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetStringAsync("/Referrals")).ShouldNotContain(referral.Id.ToString());
        // The same applicant's referral id under another of the user's own applicants is not found either.
        var own = await App.AddApplicantAsync(Org.HagerstenUnit);
        (await other.GetAsync($"/Applicants/{own.Id}/Referrals/{referral.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnitHeadAndManager_CanReadButNotSendOrClose()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var referral = await App.AddReferralAsync(applicant);
        var url = $"/Applicants/{applicant.Id}/Referrals/{referral.Id}";
        foreach (var user in new[] { "enhetschef.st", "chef" })
        {
            var session = await SignInAsync(user);
            await session.StateReasonAsync(applicant.Id);
            (await session.GetAsync($"/Applicants/{applicant.Id}/Referrals/Create")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
            var page = await session.GetStringAsync(url);
            page.ShouldContain("Remiss till Jobbtorg");
            page.ShouldNotContain("Avsluta remissen</button>");
            (await session.SubmitFormAsync(url, new() { ["Close.Reason"] = "Moved", ["Close.On"] = ReferralForms.Iso(ReferralForms.Today) }, url + "?handler=Close"))
                .Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
            (await session.GetStringAsync($"/Applicants/{applicant.Id}")).ShouldNotContain("Remittera till Jobbtorg");
        }
    }

    [Fact]
    public async Task Coach_CannotReachTheDistrictsPages()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var referral = await App.AddReferralAsync(applicant);
        var coach = await SignInAsync("jobbcoach");

        (await coach.GetAsync($"/Applicants/{applicant.Id}/Referrals/{referral.Id}")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await coach.GetAsync("/Referrals")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }
}

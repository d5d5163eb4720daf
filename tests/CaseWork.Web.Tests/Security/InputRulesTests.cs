using System.Net;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.FollowUps.FollowUpArrangements;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// What an outside attack typed into CaseWork, each as it was reproduced: a missing choice, a NUL byte, a bidi control,
/// a year-1 or year-9999 date, a personnummer with birth number 000. Each is refused by its field, in the error summary,
/// with what was typed still on the page; never a server error, never a bare 400, never saved.
/// </summary>
public class InputRulesTests(AppFixture app) : AppTest(app)
{
    private const string Problem = "Det finns ett problem";
    private const string ControlCharacter = "Texten innehåller ett osynligt styrtecken";

    private static Dictionary<string, string> MonthlyCheck() => new()
    {
        ["Input.Month"] = Month(ThisMonth),
        ["Input.DaysAttended"] = string.Empty,
        ["Input.JobApplications"] = "6",
        ["Input.DecisionText"] = string.Empty,
        ["Input.Comment"] = "Söker arbete inom lager och logistik.",
    };

    [Fact]
    public async Task TheFirstMonthlyCheck_WithoutAttendanceOrDecision_IsRefusedByEachField_AndKeepsTheText()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");

        var response = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck", MonthlyCheck());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain(Problem);
        html.ShouldContain("Ange om den sökande deltagit på Jobbtorg enligt överenskommelse.");
        html.ShouldContain("Välj beslut för månaden.");
        html.ShouldContain("href=\"#Input_Decision\"");
        html.ShouldContain("Söker arbete inom lager och logistik.");
        await using var db = App.NewDbContext();
        (await db.AidMonths.AnyAsync()).ShouldBeFalse();
    }

    [Theory]
    [InlineData("/Applicants?q=%00")]
    [InlineData("/Applicants?q=Anna%E2%80%AE")]
    [InlineData("/Due?Worker=%00")]
    [InlineData("/Referrals?After=%00")]
    public async Task ANulOrBidiControlInASearch_AnswersWithAMessage_NotAServerError(string url)
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("enhetschef.st");

        var response = await session.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain(Problem);
        html.ShouldContain(ControlCharacter);
    }

    [Fact]
    public async Task ANulInTheAccessLogsUserSearch_AnswersWithAMessage_NotAServerError()
    {
        var session = await SignInAsync("enhetschef.st");
        var today = AppTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await session.GetAsync($"/AccessLog?from={today}&to={today}&Who=%00");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain(ControlCharacter);
    }

    [Fact]
    public async Task ANulInAForm_RedrawsTheFormWithAMessageByTheField_AndTheRestOfTheText()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");

        var response = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/Journal/Write", new()
        {
            ["Input.Kind"] = "PhoneCall", ["Input.EventDate"] = Iso(Today), ["Input.Text"] = "Ringde om sjukintyget.\0 Återkommer.",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain(Problem);
        html.ShouldContain("href=\"#Input_Text\"");
        html.ShouldContain(ControlCharacter);
        html.ShouldContain("Ringde om sjukintyget.");
        await using var db = App.NewDbContext();
        (await db.JournalNotes.IgnoreQueryFilters().AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task ARightToLeftOverrideInAName_IsRefused_AndNothingIsRegistered()
    {
        var session = await SignInAsync("socialsekreterare.st");

        var response = await session.SubmitFormAsync("/Applicants/Create", new()
        {
            ["Input.PersonalIdentityNumber"] = TestPins.Next(),
            ["Input.FirstName"] = "Leila\u202Efdp.exe",
            ["Input.LastName"] = "Haddad",
            ["Input.Household"] = "SingleAdult",
            ["Input.NumberOfChildren"] = "0",
            ["Input.Reason"] = "Unemployment",
            ["Input.AssignedWorkerId"] = string.Empty,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain(Problem);
        html.ShouldContain("href=\"#Input_FirstName\"");
        html.ShouldContain(ControlCharacter);
        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task APersonnummerWithBirthNumber000_IsRefused()
    {
        var session = await SignInAsync("socialsekreterare.st");

        var response = await session.SubmitFormAsync("/Applicants/Create", new()
        {
            ["Input.PersonalIdentityNumber"] = "20150916-0006",
            ["Input.FirstName"] = "Leila",
            ["Input.LastName"] = "Haddad",
            ["Input.Household"] = "SingleAdult",
            ["Input.NumberOfChildren"] = "0",
            ["Input.Reason"] = "Unemployment",
            ["Input.AssignedWorkerId"] = string.Empty,
        });

        var html = await response.TextAsync();
        html.ShouldContain(Problem);
        html.ShouldContain("Födelsenumret 000 delas aldrig ut");
        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().AnyAsync()).ShouldBeFalse();
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    public async Task AJournalEventInYearOne_IsRefusedByTheDate(string date)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");

        var html = await (await session.SubmitFormAsync($"/Applicants/{applicant.Id}/Journal/Write", new()
        {
            ["Input.Kind"] = "PhoneCall", ["Input.EventDate"] = date, ["Input.Text"] = "Ringde om sjukintyget.",
        })).TextAsync();

        html.ShouldContain(Problem);
        html.ShouldContain("href=\"#Input_EventDate\"");
        html.ShouldContain("Händelsedatum ligger för långt tillbaka i tiden: kontrollera året (tidigast 2000-01-01).");
        html.ShouldContain("Ringde om sjukintyget.");
    }

    [Theory]
    [InlineData("0001-01-01", null, "Input_HeldOn", "Datum för samtalet ligger för långt tillbaka i tiden: kontrollera året (tidigast 2000-01-01).")]
    [InlineData(null, "9999-12-31", "Input_NextFollowUpOn", "Nästa uppföljning ligger för långt fram i tiden: kontrollera året (högst två år från i dag).")]
    public async Task ATalkInYearOne_OrANextFollowUpInYear9999_IsRefusedByTheDate(string? heldOn, string? next, string field, string message)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await App.AddActivePlanAsync(applicant);
        var session = await SignInAsync("socialsekreterare.st");

        var html = await (await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/Talk", new()
        {
            ["Input.Kind"] = "ThreeParty",
            ["Input.HeldOn"] = heldOn ?? Iso(Today),
            ["Input.ApplicantTookPart"] = "true",
            ["Input.SocialWorkerTookPart"] = "true",
            ["Input.CoachTookPart"] = "true",
            ["Input.WhatCameUp"] = "Praktiken på lagret går bra.",
            ["Input.NextFollowUpOn"] = next ?? Iso(Today.AddMonths(2)),
        })).TextAsync();

        html.ShouldContain(Problem);
        html.ShouldContain($"href=\"#{field}\"");
        html.ShouldContain(message);
        html.ShouldContain("Praktiken på lagret går bra.");
        await using var db = App.NewDbContext();
        (await db.FollowUpTalks.IgnoreQueryFilters().AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task AReferralSentInYearOne_IsRefusedByTheDate()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await App.AddActivePlanAsync(applicant);
        var session = await SignInAsync("socialsekreterare.st");
        var form = await CaseWork.Web.Tests.Referrals.ReferralForms.SendAsync(App);
        form["Input.SentOn"] = "0001-01-01";

        var html = await (await session.SubmitFormAsync($"/Applicants/{applicant.Id}/Referrals/Create", form)).TextAsync();

        html.ShouldContain(Problem);
        html.ShouldContain("href=\"#Input_SentOn\"");
        html.ShouldContain("Skickad ligger för långt tillbaka i tiden: kontrollera året (tidigast 2000-01-01).");
        await using var db = App.NewDbContext();
        (await db.Referrals.IgnoreQueryFilters().AnyAsync()).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Input.ValidFrom", "0001-01-01", "Input_ValidFrom", "Gäller från ligger för långt tillbaka i tiden: kontrollera året (tidigast 2000-01-01).")]
    [InlineData("Input.ValidTo", "9999-12-31", "Input_ValidTo", "Gäller till ligger för långt fram i tiden: kontrollera året (högst två år från i dag).")]
    [InlineData("Input.Subgoals[0].Activities[0].When", "9999-12-31", "Input_Subgoals_0__Activities_0__When", "När ligger för långt fram i tiden: kontrollera året (högst två år från i dag).")]
    public async Task APlanDateInYearOneOr9999_IsRefusedByTheField_AndNothingIsSaved(string field, string date, string id, string message)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var form = CaseWork.Web.Tests.WorkPlans.PlanForms.Plan("Egen försörjning inom lager och logistik.");
        form[field] = date;

        var html = await (await session.SubmitFormAsync($"/Applicants/{applicant.Id}/WorkPlans/Edit", form)).TextAsync();

        html.ShouldContain(Problem);
        html.ShouldContain($"href=\"#{id}\"");
        html.ShouldContain(message);
        html.ShouldContain("Egen försörjning inom lager och logistik.");
        await using var db = App.NewDbContext();
        (await db.WorkPlans.IgnoreQueryFilters().AnyAsync()).ShouldBeFalse();
    }
}

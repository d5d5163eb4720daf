using System.Net;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Auditing;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Applicants;

public class RegisterApplicantTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Register_ValidInput_StoresTwelveDigitsAndAudits()
    {
        var session = await SignInAsync("socialsekreterare.st");
        var pin = TestPins.Next();

        var response = await session.SubmitFormAsync("/Applicants/Create", Form(pin[2..].Replace("-", string.Empty, StringComparison.Ordinal)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = App.NewDbContext();
        var saved = await db.Applicants.IgnoreQueryFilters().SingleAsync();
        saved.PersonalIdentityNumber.ShouldBe(pin.Replace("-", string.Empty, StringComparison.Ordinal));
        saved.UnitId.ShouldBe(Org.SpangaTenstaUnit);
        saved.DistrictId.ShouldBe(Org.SpangaTenstaDistrict);
        response.Headers.Location!.ToString().ShouldBe($"/Applicants/{saved.Id}");
        (await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.ApplicantCreated)).ApplicantId.ShouldBe(saved.Id);

        var details = await session.GetAsync(response.Headers.Location.ToString());
        (await details.TextAsync()).ShouldContain("Leila Haddad är registrerad som sökande.");
    }

    [Theory]
    [InlineData("19811218-9875", "Sista siffran (kontrollsiffran) stämmer inte")]
    [InlineData("19811318-9876", "Personnumret innehåller inget giltigt datum.")]
    [InlineData("<script>alert(1)</script>", "Skriv personnumret som ÅÅÅÅMMDD-XXXX")]
    [InlineData("", "Ange personnummer.")]
    public async Task Register_BadPersonalIdentityNumber_ExplainsBesideTheFieldAndKeepsInput(string pin, string message)
    {
        var session = await SignInAsync("socialsekreterare.st");

        var response = await session.SubmitFormAsync("/Applicants/Create", Form(pin));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("href=\"#Input_PersonalIdentityNumber\"");
        html.ShouldContain(message);
        html.ShouldContain("aria-describedby=\"pin-hint Input_PersonalIdentityNumber-error\"");
        html.ShouldContain("id=\"Input_PersonalIdentityNumber-error\"");
        html.ShouldContain("value=\"Leila\"");
        html.ShouldContain("value=\"Tenstavägen 12\"");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<script>alert(1)</script>");
        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Register_FutureBirth_IsRefused()
    {
        var session = await SignInAsync("socialsekreterare.st");
        var nextYear = AppTime.Now.Date.Year + 1;
        var nine = $"{nextYear % 100:D2}0101123";
        var pin = $"{nextYear}0101-123{CaseWork.Domain.People.PersonalIdentityNumber.CheckDigitFor(nine)}";

        var html = await (await session.SubmitFormAsync("/Applicants/Create", Form(pin))).TextAsync();

        html.ShouldContain("Födelsedatumet ligger i framtiden.");
    }

    [Fact]
    public async Task Register_BadNamesAndNumbers_EachGetTheirMessage()
    {
        var session = await SignInAsync("socialsekreterare.st");
        var form = Form(TestPins.Next());
        form["Input.FirstName"] = "<b>Leila</b>";
        form["Input.LastName"] = new string('x', 101);
        form["Input.NumberOfChildren"] = "-1";
        form["Input.PostalCode"] = "abc";
        form["Input.Email"] = "not-an-email";

        var html = await (await session.SubmitFormAsync("/Applicants/Create", form)).TextAsync();

        html.ShouldContain("Texten får inte innehålla < eller >.");
        html.ShouldContain("Efternamn får ha högst 100 tecken.");
        html.ShouldContain("Ange ett heltal mellan 0 och 20.");
        html.ShouldContain("Ett postnummer har fem siffror");
        html.ShouldContain("Ange en e-postadress");
        html.ShouldContain("aria-invalid=\"true\"");
    }

    [Fact]
    public async Task Register_SeveralErrors_TheSummaryListsThemInTheFormsOrder_EachNamingItsField()
    {
        var session = await SignInAsync("socialsekreterare.st");
        var form = Form(TestPins.Next());
        form["Input.NumberOfChildren"] = "-1";
        form["Input.Email"] = "not-an-email";
        form["Input.PostalCode"] = "abc";
        form["Input.LastName"] = new string('x', 101);
        form["Input.City"] = new string('x', 101);

        var html = await (await session.SubmitFormAsync("/Applicants/Create", form)).TextAsync();

        var summary = html[html.IndexOf("id=\"error-summary\"", StringComparison.Ordinal)..];
        summary = summary[..summary.IndexOf("</ul>", StringComparison.Ordinal)];
        string[] inFormOrder = ["#Input_LastName", "#Input_PostalCode", "#Input_City", "#Input_Email", "#Input_NumberOfChildren"];
        var positions = inFormOrder.Select(id => summary.IndexOf($"href=\"{id}\"", StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBe(positions.Order().ToList(), "the summary follows the form: last name, postal code, city, email, children");
        summary.ShouldContain("Efternamn får ha högst 100 tecken.");
        summary.ShouldContain("Ort får ha högst 100 tecken.");
    }

    [Fact]
    public async Task RegisterForm_ShowsEachTextLimitAsMaxlength_FromTheValidatorsConstant()
    {
        var session = await SignInAsync("socialsekreterare.st");

        var html = await (await session.GetAsync("/Applicants/Create")).TextAsync();

        var lastName = System.Text.RegularExpressions.Regex.Match(html, "<input[^>]*id=\"Input_LastName\"[^>]*>").Value;
        var nameLimit = global::CaseWork.Domain.Applicants.Applicant.MaxNameLength;
        lastName.ShouldContain($"maxlength=\"{nameLimit}\"");
        var city = System.Text.RegularExpressions.Regex.Match(html, "<input[^>]*id=\"Input_City\"[^>]*>").Value;
        city.ShouldContain("maxlength=\"100\"");
    }

    [Fact]
    public async Task Register_SamePersonTwice_InAnyForm_IsAFieldError()
    {
        var session = await SignInAsync("socialsekreterare.st");
        var pin = TestPins.Next();
        await session.SubmitFormAsync("/Applicants/Create", Form(pin));

        var response = await session.SubmitFormAsync("/Applicants/Create", Form(pin.Replace("-", string.Empty, StringComparison.Ordinal)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain("Det finns redan en sökande med det här personnumret.");
        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Register_APersonTheUserMayOpen_LinksToTheirCaseFile()
    {
        var pin = TestPins.Next();
        var existing = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Elin", lastName: "Berglund", pin: pin);
        var session = await SignInAsync("socialsekreterare.st");

        var html = await (await session.SubmitFormAsync("/Applicants/Create", Form(pin))).TextAsync();

        html.ShouldContain("Det finns redan en sökande med det här personnumret.");
        html.ShouldContain($"href=\"/Applicants/{existing.Id}\"");
        html.ShouldContain("Öppna akten för Elin Berglund, som redan är registrerad");
    }

    [Fact]
    public async Task Register_APersonOutsideTheUsersScope_GetsOnlyTheMessage_NoLinkAndNoName()
    {
        var pin = TestPins.Next();
        var existing = await App.AddApplicantAsync(Org.HagerstenUnit, firstName: "Elin", lastName: "Berglund", pin: pin);
        var session = await SignInAsync("socialsekreterare.st");

        var html = await (await session.SubmitFormAsync("/Applicants/Create", Form(pin))).TextAsync();

        html.ShouldContain("Det finns redan en sökande med det här personnumret.");
        html.ShouldNotContain(existing.Id.ToString());
        html.ShouldNotContain("Berglund");
        html.ShouldNotContain("Öppna akten");
    }

    [Fact]
    public async Task Register_APersonRegisteredInAnotherUnit_IsAFieldErrorWithoutAnErrorInTheDatabaseLog()
    {
        var pin = TestPins.Next();
        await App.AddApplicantAsync(Org.HagerstenUnit, pin: pin);
        var session = await SignInAsync("socialsekreterare.st");
        App.Factory.Commands.Reset();

        var response = await session.SubmitFormAsync("/Applicants/Create", Form(pin));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Det finns redan en sökande med det här personnumret.");
        html.ShouldContain($"value=\"{pin}\"");
        // A refused INSERT would put the personnummer in full into PostgreSQL's log (DETAIL: Key (...)=(...) already exists).
        App.Factory.Commands.Failures.ShouldBeEmpty();
        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Register_CoordinationNumber_IsAccepted()
    {
        var session = await SignInAsync("socialsekreterare.st");
        var nine = "850372123"; // 1985-03-12 + 60
        var pin = $"19850372-123{CaseWork.Domain.People.PersonalIdentityNumber.CheckDigitFor(nine)}";

        var response = await session.SubmitFormAsync("/Applicants/Create", Form(pin));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Details_Read_IsAudited()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("enhetschef.st");
        await session.StateReasonAsync(applicant.Id);

        await session.GetStringAsync($"/Applicants/{applicant.Id}");

        await using var db = App.NewDbContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.ApplicantViewed);
        entry.ApplicantId.ShouldBe(applicant.Id);
        entry.UserName.ShouldBe("enhetschef.st");
        entry.Detail.ShouldBeNull();
    }

    [Fact]
    public async Task AidMonths_TenMonths_MakeTheApplicantLongTerm_AndFutureMonthsAreRefused()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, aidMonthsInLastYear: 9);
        var session = await SignInAsync("socialsekreterare.st");
        (await session.GetStringAsync($"/Applicants/{applicant.Id}")).ShouldNotContain(">Långvarig<");
        var tenthMonth = AppTime.Now.Date.AddMonths(-9).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var nextMonth = AppTime.Now.Date.AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        // The month's decision is recorded by its monthly check (ADR 0018); the aid months page corrects a recorded month.
        var future = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/AidMonths", new() { ["Input.Month"] = nextMonth, ["Input.Decision"] = "Granted" });
        var saved = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck", MonthlyCheck(tenthMonth, "Reduced"));

        (await future.TextAsync()).ShouldContain("id=\"Input_Month-error\">Bistånd kan inte beslutas för en kommande månad.</span>");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var details = await session.GetStringAsync($"/Applicants/{applicant.Id}");
        details.ShouldContain(">Långvarig<");
        details.ShouldContain("Bistånd 10 av de senaste 12 månaderna.");
    }

    [Fact]
    public async Task AidMonths_CorrectsARecordedMonth_ButRecordsNoNewOne()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, aidMonthsInLastYear: 1);
        var session = await SignInAsync("socialsekreterare.st");
        var page = $"/Applicants/{applicant.Id}/AidMonths";
        var thisMonth = AppTime.Now.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var lastMonth = AppTime.Now.Date.AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var form = await session.GetStringAsync(page);
        var notRecorded = await (await session.SubmitFormAsync(page, new() { ["Input.Month"] = lastMonth, ["Input.Decision"] = "Granted" })).TextAsync();
        var corrected = await session.SubmitFormAsync(page, new() { ["Input.Month"] = thisMonth, ["Input.Decision"] = "Refused" });

        form.ShouldContain("Månadens biståndsbeslut registreras i månadsuppföljningen");
        form.ShouldNotContain("checked=\"checked\"");
        notRecorded.ShouldContain("id=\"Input_Month-error\">Månaden är inte registrerad. Månadens beslut registreras i månadsuppföljningen.</span>");
        corrected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = App.NewDbContext();
        (await db.AidMonths.SingleAsync(m => m.ApplicantId == applicant.Id)).Decision.ShouldBe(AidDecision.Refused);
    }

    private static Dictionary<string, string> MonthlyCheck(string month, string decision) => new()
    {
        ["Input.Month"] = month,
        ["Input.Attendance"] = "NotApplicable",
        ["Input.DaysAttended"] = string.Empty,
        ["Input.JobApplications"] = "3",
        ["Input.Decision"] = decision,
        ["Input.DecisionText"] = "Inkomst från extraarbete räknas av.",
        ["Input.Comment"] = string.Empty,
    };

    private static Dictionary<string, string> Form(string pin) => new()
    {
        ["Input.PersonalIdentityNumber"] = pin,
        ["Input.FirstName"] = "Leila",
        ["Input.LastName"] = "Haddad",
        ["Input.Email"] = "leila@example.se",
        ["Input.Phone"] = "070-123 45 67",
        ["Input.StreetAddress"] = "Tenstavägen 12",
        ["Input.PostalCode"] = "163 64",
        ["Input.City"] = "Tensta",
        ["Input.Household"] = "Couple",
        ["Input.NumberOfChildren"] = "2",
        ["Input.Reason"] = "SwedishForImmigrants",
        ["Input.AssignedWorkerId"] = string.Empty,
    };
}

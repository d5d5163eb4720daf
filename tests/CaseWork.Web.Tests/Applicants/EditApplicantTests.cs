using System.Globalization;
using System.Net;
using CaseWork.Domain.Auditing;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Applicants;

public class EditApplicantTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Edit_SavesAndSaysSo()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");

        var response = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/Edit", Form(applicant.Version, phone: "08-123 456"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetStringAsync(response.Headers.Location!.ToString())).ShouldContain("Ändringarna är sparade.");
        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().SingleAsync()).Phone.ShouldBe("08-123 456");
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.ApplicantUpdated)).ShouldBe(1);
    }

    [Fact]
    public async Task Edit_ColleagueSavedMeanwhile_ShowsTheConflictAndKeepsMyInput()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var colleague = await SignInAsync("enhetschef.st");
        await colleague.StateReasonAsync(applicant.Id, "StandingIn");
        var me = await SignInAsync("socialsekreterare.st");
        var startedFrom = applicant.Version;

        (await colleague.SubmitFormAsync($"/Applicants/{applicant.Id}/Edit", Form(startedFrom, phone: "08-111 111"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conflict = await me.SubmitFormAsync($"/Applicants/{applicant.Id}/Edit", Form(startedFrom, phone: "08-222 222"));

        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await conflict.TextAsync();
        html.ShouldContain("Maria Ek sparade den här sökande medan du redigerade.");
        html.ShouldContain("value=\"08-222 222\"");
        html.ShouldContain("Kollegan sparade: 08-111 111");
        await using (var db = App.NewDbContext())
        {
            (await db.Applicants.IgnoreQueryFilters().SingleAsync()).Phone.ShouldBe("08-111 111");
        }

        // Saving again, now from the colleague's version, is a conscious overwrite.
        var newVersion = System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var again = await me.SubmitFormAsync($"/Applicants/{applicant.Id}/Edit", Form(uint.Parse(newVersion, CultureInfo.InvariantCulture), phone: "08-222 222"));
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = App.NewDbContext())
        {
            (await db.Applicants.IgnoreQueryFilters().SingleAsync()).Phone.ShouldBe("08-222 222");
        }
    }

    [Fact]
    public async Task Edit_BadInput_KeepsWhatWasTyped()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var form = Form(applicant.Version, phone: "070-999 88 77");
        form["Input.FirstName"] = string.Empty;

        var html = await (await session.SubmitFormAsync($"/Applicants/{applicant.Id}/Edit", form)).TextAsync();

        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("Ange förnamn.");
        html.ShouldContain("value=\"070-999 88 77\"");
    }

    private static Dictionary<string, string> Form(uint version, string phone) => new()
    {
        ["Input.FirstName"] = "Anna",
        ["Input.LastName"] = "Svensson",
        ["Input.Email"] = "person@example.se",
        ["Input.Phone"] = phone,
        ["Input.StreetAddress"] = "Hemliga vägen 7",
        ["Input.PostalCode"] = "163 72",
        ["Input.City"] = "Spånga",
        ["Input.Household"] = "SingleAdult",
        ["Input.NumberOfChildren"] = "1",
        ["Input.Reason"] = "Unemployment",
        ["Input.AssignedWorkerId"] = string.Empty,
        ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
    };
}

using System.Net;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Investigations;

public class InvestigationPageTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task WriteSignAndRead_ThenItIsReadOnly_AndTheCaseFlagGoes()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, aidMonthsInLastYear: 2);
        var session = await SignInAsync("socialsekreterare.st");
        var editor = $"/Applicants/{applicant.Id}/Investigations/Edit";
        (await session.GetStringAsync($"/Applicants/{applicant.Id}")).ShouldContain("Ingen signerad grundutredning");

        var saved = await session.SubmitFormAsync(editor, new() { ["Input.WorkHistory"] = "Lokalvård 2015–2019", ["Input.Barriers"] = "Svenska" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draftEditor = saved.Headers.Location!.ToString();
        var draftPage = await session.GetStringAsync(draftEditor);
        draftPage.ShouldContain("Grundutredningen är sparad.");
        draftPage.ShouldContain("Lokalvård 2015–2019");

        await using var db = App.NewDbContext();
        var draft = await db.BasicInvestigations.IgnoreQueryFilters().SingleAsync();
        var unsigned = await session.SubmitFormAsync(draftEditor, new() { ["Input.WorkHistory"] = "Lokalvård 2015–2019", ["Input.Version"] = draft.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, postUrl: $"{editor}/{draft.Id}?handler=Sign");
        (await unsigned.TextAsync()).ShouldContain("Skriv bedömningen innan du signerar.");
        (await unsigned.TextAsync()).ShouldContain("Lokalvård 2015–2019");

        var signed = await session.SubmitFormAsync(draftEditor, new()
        {
            ["Input.WorkHistory"] = "Lokalvård 2015–2019", ["Input.Assessment"] = "Kan arbeta heltid efter sfi.",
            ["Input.Version"] = draft.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, postUrl: $"{editor}/{draft.Id}?handler=Sign");
        signed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var details = await session.GetStringAsync(signed.Headers.Location!.ToString());
        details.ShouldContain("Grundutredningen är signerad.");
        details.ShouldContain("Kan arbeta heltid efter sfi.");
        details.ShouldNotContain("Fortsätt på utkastet");

        var tamper = await session.SubmitFormAsync(editor, new() { ["Input.Assessment"] = "Ändrad" }, postUrl: $"{editor}/{draft.Id}");
        tamper.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var after = App.NewDbContext();
        (await after.BasicInvestigations.IgnoreQueryFilters().SingleAsync()).Sections.Assessment.ShouldBe("Kan arbeta heltid efter sfi.");
        (await session.GetStringAsync($"/Applicants/{applicant.Id}")).ShouldNotContain("Ingen signerad grundutredning");
        (await session.GetStringAsync($"/Applicants/{applicant.Id}/Investigations")).ShouldContain("gällande");
    }

    [Fact]
    public async Task Manager_ReadsButCannotWrite()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var manager = await SignInAsync("chef");
        await manager.StateReasonAsync(applicant.Id);

        (await manager.GetAsync($"/Applicants/{applicant.Id}/Investigations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.GetAsync($"/Applicants/{applicant.Id}/Investigations/Edit")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }
}

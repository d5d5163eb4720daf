using System.Net;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Admin;

public class OrganisationPageTests(AppFixture app) : AppTest(app)
{
    private const string Page = "/Admin/Organisation";
    private const string NewDistrict = "Nya stadsdelen";

    [Fact]
    public async Task AddUnit_NeitherDistrictNorName_IsExplainedBesideBothFields()
    {
        var admin = await SignInAsync("admin");

        var html = await (await admin.SubmitFormAsync(Page, new() { ["UnitDistrictId"] = "", ["UnitName"] = " " }, Page + "?handler=AddUnit")).TextAsync();

        html.ShouldContain("id=\"UnitDistrictId-error\">Välj en stadsdel.</span>");
        html.ShouldContain("id=\"UnitName-error\">Ange ett namn.</span>");
    }

    [Fact]
    public async Task AddGroup_UnknownUnitOrLongName_IsExplainedBesideTheField()
    {
        var admin = await SignInAsync("admin");

        var html = await (await admin.SubmitFormAsync(
            Page, new() { ["GroupUnitId"] = "999999", ["GroupName"] = new string('x', 101), ["GroupKind"] = "Intake" }, Page + "?handler=AddGroup")).TextAsync();

        html.ShouldContain("id=\"GroupUnitId-error\">Välj en enhet.</span>");
        html.ShouldContain("id=\"GroupName-error\">Ny grupp får ha högst 100 tecken.</span>");
    }

    [Fact]
    public async Task AddDistrict_MarkupOrATakenName_IsRefused_AndANewOneIsSaved()
    {
        var admin = await SignInAsync("admin");
        await using var db = App.NewDbContext();
        var taken = await db.Districts.Where(d => d.Id == Org.HagerstenDistrict).Select(d => d.Name).SingleAsync();

        var markup = await (await admin.SubmitFormAsync(Page, new() { ["DistrictName"] = "<b>Ny</b>" }, Page + "?handler=AddDistrict")).TextAsync();
        var duplicate = await (await admin.SubmitFormAsync(Page, new() { ["DistrictName"] = taken }, Page + "?handler=AddDistrict")).TextAsync();
        try
        {
            var saved = await admin.SubmitFormAsync(Page, new() { ["DistrictName"] = NewDistrict }, Page + "?handler=AddDistrict");

            markup.ShouldContain("id=\"DistrictName-error\">Texten får inte innehålla < eller >.</span>");
            duplicate.ShouldContain("id=\"DistrictName-error\">Namnet används redan här.</span>");
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await admin.GetStringAsync(Page)).ShouldContain("Organisationen är sparad.");
            (await db.Districts.CountAsync(d => d.Name == NewDistrict)).ShouldBe(1);
        }
        finally
        {
            // Districts are kept between tests (AppFixture.KeptTables): leave the organisation as the other tests expect it.
            await db.Districts.Where(d => d.Name == NewDistrict).ExecuteDeleteAsync();
        }
    }
}

using System.Net;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Referrals;

public class JobbtorgAdminTests(AppFixture app) : AppTest(app)
{
    private const string Page = "/Admin/Jobbtorg";

    [Fact]
    public async Task Places_BadInput_IsExplainedBesideTheDistrictAndKept()
    {
        var admin = await SignInAsync("admin");
        var district = Org.HagerstenDistrict;

        var letters = await (await admin.SubmitFormAsync(Page, new() { ["Id"] = $"{district}", ["Places"] = "arton" }, Page + "?handler=SetPlaces")).TextAsync();
        letters.ShouldContain("Ange antalet platser som ett heltal, till exempel 18.");
        letters.ShouldContain($"href=\"#places-{district}\"");
        letters.ShouldContain("value=\"arton\"");

        var negative = await (await admin.SubmitFormAsync(Page, new() { ["Id"] = $"{district}", ["Places"] = "-3" }, Page + "?handler=SetPlaces")).TextAsync();
        negative.ShouldContain("Antalet platser kan inte vara negativt.");
    }

    [Fact]
    public async Task Places_Raised_ServeTheQueueAndShowUseAndQueue()
    {
        await App.SetPlacesAsync(Org.SpangaTenstaDistrict, 1);
        for (var i = 0; i < 3; i++)
        {
            await App.AddReferralAsync(await App.AddApplicantAsync(Org.SpangaTenstaUnit), CaseWork.Domain.Referrals.ReferralProgram.Resurs);
        }

        var admin = await SignInAsync("admin");
        var response = await admin.SubmitFormAsync(Page, new() { ["Id"] = $"{Org.SpangaTenstaDistrict}", ["Places"] = "2" }, Page + "?handler=SetPlaces");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await admin.GetStringAsync(Page);
        html.ShouldContain("Spånga-Tensta har nu 2 platser på Jobbtorg Resurs. Remisser i kön som fick plats: 1.");
        html.ShouldContain($"value=\"2\"");
        html.ShouldMatch(@"Spånga-Tensta</th>[\s\S]*?<td>2</td>\s*<td>1</td>");
        try
        {
            await using var db = App.NewDbContext();
            (await db.Referrals.IgnoreQueryFilters().CountAsync(r => r.PlaceGrantedFromQueue)).ShouldBe(1);
        }
        finally
        {
            await App.SetPlacesAsync(Org.SpangaTenstaDistrict, 50);
        }
    }

    [Fact]
    public async Task Catalogue_AddRenameRetire_AndADuplicateNameIsAFieldError()
    {
        var admin = await SignInAsync("admin");
        var name = $"Språkpraktik {Guid.NewGuid():N}"[..24];

        (await admin.SubmitFormAsync(Page, new() { ["Name"] = name, ["Category"] = "Internship" }, Page + "?handler=AddIntervention")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync(Page)).ShouldContain("Insatsen är tillagd i katalogen.");

        var duplicate = await (await admin.SubmitFormAsync(Page, new() { ["Name"] = "Praktik", ["Category"] = "Internship" }, Page + "?handler=AddIntervention")).TextAsync();
        duplicate.ShouldContain("Namnet används redan");
        duplicate.ShouldContain("href=\"#intervention-new\"");

        var noCategory = await (await admin.SubmitFormAsync(Page, new() { ["Name"] = "Något nytt" }, Page + "?handler=AddIntervention")).TextAsync();
        noCategory.ShouldContain("Välj en kategori.");

        await using var db = App.NewDbContext();
        var id = await db.InterventionTypes.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();
        (await admin.SubmitFormAsync(Page, new() { ["Id"] = $"{id}", ["Name"] = name + " B", ["Category"] = "WorkTraining" }, Page + "?handler=ChangeIntervention"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync(Page)).ShouldContain("Insatsen är sparad och avvecklad");
        var saved = await db.InterventionTypes.AsNoTracking().SingleAsync(t => t.Id == id);
        saved.Name.ShouldBe(name + " B");
        saved.IsActive.ShouldBeFalse();
        saved.Category.ShouldBe(CaseWork.Domain.Referrals.InterventionCategory.WorkTraining);
    }

    [Fact]
    public async Task Offices_AddAndRename_AndOnlyTheAdministratorGetsIn()
    {
        var admin = await SignInAsync("admin");
        var name = $"Jobbtorg {Guid.NewGuid():N}"[..20];

        (await admin.SubmitFormAsync(Page, new() { ["Name"] = name }, Page + "?handler=AddJobCentre")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = App.NewDbContext();
        var id = await db.JobCentres.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
        var taken = await (await admin.SubmitFormAsync(Page, new() { ["Id"] = $"{id}", ["Name"] = "Jobbtorg Kista" }, Page + "?handler=RenameJobCentre")).TextAsync();
        taken.ShouldContain("Namnet används redan");
        taken.ShouldContain($"value=\"Jobbtorg Kista\"");
        (await admin.SubmitFormAsync(Page, new() { ["Id"] = $"{id}", ["Name"] = name + "x" }, Page + "?handler=RenameJobCentre")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync(Page)).ShouldContain("Jobbtorg-kontoret har bytt namn.");

        var worker = await SignInAsync("socialsekreterare.st");
        (await worker.GetAsync(Page)).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }
}

using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class InvestigationJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task ANewBasicInvestigation_SaveAndSign_SignsItOnTheFirstClick()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Amina", lastName: "Warsame",
            assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync($"/Applicants/{applicant.Id}/Investigations/Edit");

        await page.GetByLabel("Arbetslivserfarenhet").FillAsync("Lagerarbete i fyra år, truckkort.");
        await page.GetByLabel("Bedömning").FillAsync("Står nära arbetsmarknaden; behöver stöd med svenska i tal.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara och signera" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Grundutredningen är signerad.");
        await using var db = App.NewDbContext();
        var investigation = await db.BasicInvestigations.IgnoreQueryFilters().SingleAsync(i => i.ApplicantId == applicant.Id);
        investigation.IsSigned.ShouldBeTrue();
    }
}

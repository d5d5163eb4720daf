using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>The pages the journeys do not pass through, each checked with axe in both languages.</summary>
public class AccessibilityTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task SocialWorkerPages_HaveNoViolations()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, aidMonthsInLastYear: 11, assignedWorker: Org.UserIds["socialsekreterare.st"], protectedIdentity: true);
        var page = await OpenBrowserAsync("socialsekreterare.st");

        foreach (var path in new[]
        {
            $"/Applicants/{applicant.Id}/AidMonths", $"/Applicants/{applicant.Id}/Edit", "/Account/ChangePassword",
            "/Applicants?q=nobody", "/Applicants?longTerm=true&mine=true", "/Admin/Users",
            $"/Applicants/{applicant.Id}/Investigations", $"/Applicants/{applicant.Id}/Investigations/Edit", $"/Applicants/{applicant.Id}/WorkPlans/Edit",
        })
        {
            await page.GotoAsync(path);
            await page.ShouldBeAccessibleAsync();
        }

        await page.GotoAsync($"/Applicants/{applicant.Id}/AidMonths");
        await page.GetByLabel("Månad").FillAsync("2099-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Bistånd kan inte beslutas för en kommande månad.");
        await page.ShouldBeAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToHaveCountAsync(0);
        await page.GotoAsync($"/Applicants/{applicant.Id}");
        await Assertions.Expect(page.GetByText("Long-term", new() { Exact = true })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync();
    }

    [Fact]
    public async Task AdministratorPages_HaveNoViolations()
    {
        var page = await OpenBrowserAsync("admin");
        await page.GotoAsync("/Admin/Users/Create");
        await page.ShouldBeAccessibleAsync();
        await page.GotoAsync($"/Admin/Users/{Org.UserIds["socialsekreterare.hl"]}/Edit");
        await page.ShouldBeAccessibleAsync();
        await page.GotoAsync("/Applicants");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ingen behörighet");
        await page.ShouldBeAccessibleAsync();
    }
}

using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class DueListJourneyTests(AppFixture app) : AppTest(app)
{
    private static readonly System.Globalization.CultureInfo Swedish = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");

    private static string ThisMonth => "Månadsuppföljning för " + AppTime.Now.Date.ToString("MMMM yyyy", Swedish);

    private static string LastMonth => "Månadsuppföljning för " + AppTime.Now.Date.AddMonths(-1).ToString("MMMM yyyy", Swedish);

    [Fact]
    public async Task AReferralWhoseJobPlanIsLate_ShowsOverdue_AndLeadsToTheReferral()
    {
        var worker = Org.UserIds["socialsekreterare.st"];
        var late = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Yusuf", "Abdi", assignedWorker: worker, aidMonthsInLastYear: 4);
        await App.AddReferralAsync(late, sentDaysAgo: 21, firstVisitDaysAgo: 14);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Amina", "Lund", assignedWorker: worker, aidMonthsInLastYear: 2);

        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GetByRole(AriaRole.Link, new() { Name = "Att göra", Exact = true }).ClickAsync();

        var overdue = page.GetByRole(AriaRole.Table, new() { Name = "Försenade" });
        var jobPlan = overdue.GetByRole(AriaRole.Row).Filter(new() { HasText = "Yusuf Abdi" }).Filter(new() { HasText = "Jobbplan" });
        await Assertions.Expect(jobPlan).ToContainTextAsync("Jobbplan inom fem arbetsdagar efter första besöket");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Amina Lund" }).Filter(new() { HasText = ThisMonth })).ToHaveCountAsync(1);
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("due-list.png");

        await jobPlan.GetByRole(AriaRole.Link, new() { Name = "Jobbplan inom fem arbetsdagar efter första besöket" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Remiss");
        await Assertions.Expect(page.Locator(".job-plan-late")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AMonthlyCheckFromTheDueList_IsDoneOnItsPage_AndLeavesTheList()
    {
        var worker = Org.UserIds["socialsekreterare.st"];
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Amina", "Lund", assignedWorker: worker, aidMonthsInLastYear: 2);

        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync("/Due");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Amina Lund" }).GetByRole(AriaRole.Link, new() { Name = ThisMonth }).ClickAsync();
        await page.GetByLabel("Antal sökta arbeten").FillAsync("6");
        await page.Locator("#Input_Attendance_Yes").CheckAsync();
        await page.Locator("#Input_Decision_Granted").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara månadsuppföljningen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sparad");

        await page.GotoAsync("/Due");
        var left = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Amina Lund" });
        await Assertions.Expect(left.Filter(new() { HasText = ThisMonth })).ToHaveCountAsync(0);
        await Assertions.Expect(left.Filter(new() { HasText = LastMonth })).ToHaveCountAsync(1); // still missing
    }

    [Fact]
    public async Task AMonthlyRoundOfFiveChecks_RunsFromTheDueList_WithoutReturningToItByHand()
    {
        var worker = Org.UserIds["socialsekreterare.st"];
        string[] names = ["Amina Lund", "Bashir Omar", "Cecilia Holm", "David Ek", "Elif Demir"];
        foreach (var name in names)
        {
            var parts = name.Split(' ');
            await App.AddApplicantAsync(Org.SpangaTenstaUnit, parts[0], parts[1], assignedWorker: worker, aidMonthsInLastYear: 1);
        }

        var referred = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Yusuf", "Abdi", assignedWorker: worker);
        await App.AddReferralAsync(referred, sentDaysAgo: 21, firstVisitDaysAgo: 14);

        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GetByRole(AriaRole.Link, new() { Name = "Att göra", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Att göra efter slag" }).GetByRole(AriaRole.Link, new() { Name = "Månadsuppföljningar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Månadsuppföljningar 5" })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Yusuf Abdi" })).ToHaveCountAsync(0);
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("due-list-monthly-checks.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "Starta månadsrundan" }).ClickAsync();
        var checkedNames = new List<string>();
        for (var round = 0; round < names.Length; round++)
        {
            var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
            await Assertions.Expect(heading).ToContainTextAsync("Månadsuppföljning");
            checkedNames.Add((await heading.InnerTextAsync()).Split(": ")[1].Trim());
            await page.ShouldBeAccessibleAsync();
            await Assertions.Expect(page.Locator("input[name='Input.Decision']:checked")).ToHaveCountAsync(0); // chosen every month
            if (round == 2)
            {
                // A reduced month: every error and the warning after one submit, then one confirmation saves it.
                await page.GetByLabel("Antal sökta arbeten").FillAsync("2");
                await page.Locator("#Input_Attendance_Partly").CheckAsync();
                await page.Locator("#Input_Decision_Reduced").CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Spara och nästa" }).ClickAsync();
                var summary = page.Locator("#error-summary");
                await Assertions.Expect(summary).ToContainTextAsync("Ange antal närvarodagar när närvaron var delvis.");
                await Assertions.Expect(summary).ToContainTextAsync("Skriv beslutsmotiveringen");
                await Assertions.Expect(page.Locator("#missing-report-warning")).ToContainTextAsync("Ingen närvarorapport från Jobbtorg");
                await page.ShouldBeAccessibleAsync();
                await page.ScreenshotForGuideAsync("monthly-check-one-pass.png");
                await page.GetByLabel("Närvarodagar").FillAsync("9");
                await page.Locator("#Input_DecisionText").FillAsync("Närvaro 9 av 21 dagar enligt planen; biståndet sätts ned för december.");
                await page.GetByRole(AriaRole.Button, new() { Name = "Spara ändå" }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sparad");
                continue;
            }

            await page.GetByLabel("Antal sökta arbeten").FillAsync("4");
            await page.Locator("#Input_Attendance_Yes").CheckAsync();
            await page.Locator("#Input_Decision_Granted").CheckAsync();
            if (round == 0)
            {
                await page.ScreenshotForGuideAsync("monthly-round.png");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Spara och nästa" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sparad");
        }

        checkedNames.Order().ShouldBe(names);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Due\\?kind=MonthlyCheck$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("månadsrundan är klar");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Månadsuppföljningar 0" })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync();
    }
}

using System.Globalization;
using CaseWork.Domain.Calendar;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Jobbtorg;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class CoachJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Coach_SeesTheLateJobPlan_RecordsItThenAttendanceAndAPraktik()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Yusuf", lastName: "Abdi");
        var firstVisit = WorkingDaysAgo(8);
        await App.AddReferralAsync(applicant, sentDaysAgo: CalendarDaysSince(WorkingDaysAgo(10)), firstVisitDaysAgo: CalendarDaysSince(firstVisit));

        var page = await OpenBrowserAsync("jobbcoach");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deltagare" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Abdi, Yusuf" })).ToContainTextAsync("Jobbplan försenad");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("jobbtorg-participants.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "Abdi, Yusuf" }).ClickAsync();
        await Assertions.Expect(page.Locator("#job-plan-deadline")).ToContainTextAsync("Jobbplan försenad");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("jobbtorg-participant-late.png");

        await page.GetByLabel("Jobbplan upprättad den").FillAsync(CoachArrangements.Iso(CoachArrangements.Today));
        await page.GetByLabel("Vad jobbplanen innehåller").FillAsync("Söka tio arbeten i veckan inom lager.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera jobbplan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Jobbplanen är registrerad.");
        await Assertions.Expect(page.GetByText("Söka tio arbeten i veckan inom lager.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#job-plan-deadline")).ToHaveCountAsync(0);

        // Attendance can be reported from the month of the first visit; earlier months are refused.
        var before = firstVisit.AddMonths(-1);
        await page.GetByLabel("Månad", new() { Exact = true }).FillAsync(before.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await page.GetByLabel("Planerade dagar", new() { Exact = true }).FillAsync("12");
        await page.GetByLabel("Närvarodagar", new() { Exact = true }).FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera närvaro" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Månaden ligger före första besöket.");
        await Assertions.Expect(page.GetByLabel("Närvarodagar", new() { Exact = true })).ToHaveValueAsync("10");
        await page.GetByLabel("Månad", new() { Exact = true }).FillAsync(firstVisit.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera närvaro" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("är registrerad");

        await page.GetByLabel("Insats", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Praktik" });
        await page.GetByLabel("Start", new() { Exact = true }).FillAsync(CoachArrangements.Iso(CoachArrangements.Today));
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera insats" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Insatsen är registrerad.");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Insatser" })).ToContainTextAsync("Praktik");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Närvaro per månad" })).ToContainTextAsync("10");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("jobbtorg-participant-recorded.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "Öppna journalen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Signerade journalanteckningar, nyaste först")).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync();
    }

    [Fact]
    public async Task Coach_SeesOnlyNameContactAndReferral_WhenConsentWasRefused_AndTheJournalDoesNotExist()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Leyla", lastName: "Karimi");
        var referral = await App.AddReferralAsync(applicant, consentGiven: false, firstVisitDaysAgo: 3);
        await App.AddActivePlanAsync(applicant);

        var page = await OpenBrowserAsync("jobbcoach");
        await page.GetByRole(AriaRole.Link, new() { Name = "Karimi, Leyla" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Leyla Karimi" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("070-111 22 33")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Arbetslös sedan två år, vill arbeta inom vården.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Samtycket omfattar inte arbetsplanen.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(CoachArrangements.PlanGoal)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Öppna journalen" })).ToHaveCountAsync(0);
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("jobbtorg-participant-no-consent.png");

        var journal = await page.GotoAsync(CoachArrangements.ParticipantUrl(referral) + "/Journal");
        journal!.Status.ShouldBe(404);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sidan finns inte" })).ToBeVisibleAsync();
    }

    private static DateOnly WorkingDaysAgo(int workingDays)
    {
        var day = CoachArrangements.Today;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (SwedishCalendar.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    private static int CalendarDaysSince(DateOnly day) => CoachArrangements.Today.DayNumber - day.DayNumber;
}

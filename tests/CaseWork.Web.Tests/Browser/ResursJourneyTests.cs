using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Referrals;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class ResursJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task TwoPlacesThreeReferrals_TheThirdQueues_AndGetsThePlaceWhenOneCloses()
    {
        var names = new[] { "Hodan", "Mirela", "Tomas" };
        var applicants = new List<Domain.Applicants.Applicant>();
        foreach (var name in names)
        {
            applicants.Add(await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: name, lastName: "Resursdotter", assignedWorker: Org.UserIds["socialsekreterare.st"]));
        }

        try
        {
            var admin = await OpenBrowserAsync("admin");
            await admin.GotoAsync("/");
            await admin.GetByRole(AriaRole.Link, new() { Name = "Jobbtorg", Exact = true }).ClickAsync();
            var places = admin.GetByLabel("Platser för Spånga-Tensta");
            await places.FillAsync("2");
            await places.PressAsync("Enter");
            await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Spånga-Tensta har nu 2 platser på Jobbtorg Resurs.");
            await admin.ShouldBeAccessibleAsync();
            await admin.ScreenshotForGuideAsync("admin-jobbtorg.png");

            var page = await OpenBrowserAsync("socialsekreterare.st");
            var referralUrls = new List<string>();
            for (var i = 0; i < applicants.Count; i++)
            {
                await page.GotoAsync($"/Applicants/{applicants[i].Id}");
                await page.GetByRole(AriaRole.Link, new() { Name = "Remittera till Jobbtorg" }).ClickAsync();
                await page.GetByRole(AriaRole.Radio, new() { Name = "Jobbtorg Resurs" }).CheckAsync();
                await page.Locator("#Input_JobCentreId").SelectOptionAsync(new SelectOptionValue { Label = "Jobbtorg Kista" });
                await page.GetByLabel("Skäl till remissen").FillAsync("Sjukskriven i perioder; kan arbeta halvtid med stöd.");
                await page.GetByLabel("Arbetsförmåga (% av heltid)").FillAsync("50");
                await page.GetByLabel("Språk").FillAsync("svenska, bosniska");
                await page.GetByLabel("Samtycke givet").CheckAsync();
                await page.GetByRole(AriaRole.Checkbox, new() { Name = "Arbetsplanen" }).CheckAsync();
                if (i == 0)
                {
                    await page.ShouldBeAccessibleAsync();
                    await page.ScreenshotForGuideAsync("referral-create.png");
                }

                await page.GetByRole(AriaRole.Button, new() { Name = "Skicka remiss" }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Remissen till Jobbtorg Resurs är skickad");
                referralUrls.Add(page.Url);
            }

            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("nummer 1 i stadsdelens kö");
            await Assertions.Expect(page.Locator("#resurs-place")).ToContainTextAsync("plats 1 i kön");
            await page.ShouldBeAccessibleAsync();
            await page.ScreenshotForGuideAsync("referral-queued.png");

            await page.GotoAsync(referralUrls[0]);
            await page.GetByLabel("Orsak till avslut").SelectOptionAsync(new SelectOptionValue { Label = "Flyttat" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Avsluta remissen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Resurs-platsen gick till nästa remiss i stadsdelens kö.");

            // The referring worker learns it from the due list, and goes from there to the referral.
            await page.GetByRole(AriaRole.Link, new() { Name = "Att göra", Exact = true }).ClickAsync();
            var notice = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Resursdotter" });
            await Assertions.Expect(notice).ToContainTextAsync("Plats hos Jobbtorg Resurs tilldelad från kön");
            await notice.GetByRole(AriaRole.Link, new() { Name = "Plats hos Jobbtorg Resurs tilldelad från kön" }).ClickAsync();
            page.Url.ShouldContain(referralUrls[2]);
            await Assertions.Expect(page.Locator("#place-notice")).ToContainTextAsync("En plats på Jobbtorg Resurs har blivit ledig");
            await Assertions.Expect(page.Locator("#resurs-place")).ToContainTextAsync("Plats sedan");
            await page.ShouldBeAccessibleAsync();
            await page.ScreenshotForGuideAsync("referral-place-granted.png");
            await page.GetByRole(AriaRole.Button, new() { Name = "Noterat" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Noterat.");
            await Assertions.Expect(page.Locator("#place-notice")).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Link, new() { Name = "Remisser", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#referral-list")).ToContainTextAsync("Resursdotter, Tomas");
            await page.ShouldBeAccessibleAsync();
            await page.ScreenshotForGuideAsync("referral-list.png");

            await page.GotoAsync($"/Applicants/{applicants[2].Id}");
            await Assertions.Expect(page.Locator("#applicant-referrals")).ToContainTextAsync("Jobbtorg Resurs, Jobbtorg Kista");
            await page.ShouldBeAccessibleAsync();
        }
        finally
        {
            await App.SetPlacesAsync(Org.SpangaTenstaDistrict, 50);
        }
    }
}

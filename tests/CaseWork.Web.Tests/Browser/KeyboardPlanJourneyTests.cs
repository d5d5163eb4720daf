using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>
/// The keyboard-only plan journey of issue 16: a social worker signs in, finds the applicant, opens the case, writes a
/// goal with two subgoals and an activity each, records the applicant's agreement and activates the plan, with the
/// keyboard alone and in at most 60 key presses. Focus moves only by the keys a person presses (no clicks, no
/// programmatic focus, no filled locators); after each run of keys the test checks where the focus is, so the count
/// is the path a person would take.
/// </summary>
public class KeyboardPlanJourneyTests(AppFixture app, Xunit.Abstractions.ITestOutputHelper output) : AppTest(app)
{
    private const int MostKeyPresses = 60;

    [Fact]
    public async Task SearchOpenWriteAgreeActivate_ByKeyboardOnly_InAtMost60KeyPresses()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Tove", "Kvarnström", assignedWorker: Org.UserIds["socialsekreterare.st"], aidMonthsInLastYear: 4);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Tora", "Lind", assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var page = await OpenBrowserAsync();
        var keys = new CountedKeys(page);

        // Sign in: the user name field has the focus.
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByLabel("Användarnamn")).ToBeFocusedAsync();
        await page.ShouldBeAccessibleAsync();
        await keys.TypeAsync("socialsekreterare.st");
        await keys.PressAsync("Tab");
        await keys.TypeAsync(AppFixture.Password);
        await keys.EnterToNextPageAsync(url => url.EndsWith("/Due", StringComparison.Ordinal), "sign in");

        // Att göra, the landing page: past the skip link and the brand to the menu's Sökande.
        await page.ShouldBeAccessibleAsync();
        await keys.TabToAsync(1, page.GetByRole(AriaRole.Link, new() { Name = "Hoppa till innehållet" }));
        // Tab: CaseWork, Sökande.
        await keys.TabToAsync(2, page.Locator("#main-nav").GetByRole(AriaRole.Link, new() { Name = "Sökande" }));
        await keys.EnterToNextPageAsync(url => url.EndsWith("/Applicants", StringComparison.Ordinal), "to do");

        // The register opens in its search field; after the search the focus is on the number of hits.
        await Assertions.Expect(page.GetByLabel("Sök på namn eller personnummer")).ToBeFocusedAsync();
        await page.ShouldBeAccessibleAsync();
        await keys.TypeAsync("kvarn");
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("q=kvarn", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByText("1 sökande", new() { Exact = true })).ToBeFocusedAsync();
        await page.ShouldBeAccessibleAsync();
        // Tab: the sortable headers Namn and Personnummer, the applicant.
        await keys.TabToAsync(3, page.GetByRole(AriaRole.Link, new() { Name = "Kvarnström, Tove" }));
        await keys.EnterToNextPageAsync(url => url.Contains($"/Applicants/{applicant.Id}", StringComparison.Ordinal), "register");

        // The case: the skip link, then the case's actions, the first of which starts the plan.
        await page.ShouldBeAccessibleAsync();
        await keys.PressAsync("Tab");
        await keys.PressAsync("Enter");
        // Tab: the breadcrumb's Sökande, Ändra, Biståndsmånader, Skriv arbetsplan.
        await keys.TabToAsync(4, page.GetByRole(AriaRole.Link, new() { Name = "Skriv arbetsplan" }));
        await keys.EnterToNextPageAsync(url => url.Contains("/WorkPlans/Edit", StringComparison.Ordinal), "case");

        // The editor opens in the goal; each new row takes the focus; Enter in a text field saves.
        await Assertions.Expect(page.GetByLabel("Den sökandes individuella mål")).ToBeFocusedAsync();
        await page.ShouldBeAccessibleAsync();
        await keys.TypeAsync("Arbete som undersköterska på ett äldreboende i Tensta inom ett år");
        await keys.TabToAsync(1, page.GetByLabel("Delmål 1", new() { Exact = true }));
        await keys.TypeAsync("Klara sfi kurs D");
        // Tab: Mätbart kriterium, Måldatum, Status, Lägg till aktivitet.
        await keys.TabToAsync(4, page.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktivitet" }));
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Aktivitet", new() { Exact = true })).ToBeFocusedAsync();
        await keys.TypeAsync("Delta i sfi fyra dagar i veckan");
        // Tab: Vem, Vem annan, När, ✕, Lägg till aktivitet, Ta bort delmål 1, Lägg till delmål.
        await keys.TabToAsync(7, page.GetByRole(AriaRole.Button, new() { Name = "Lägg till delmål" }));
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Delmål 2", new() { Exact = true })).ToBeFocusedAsync();
        await keys.TypeAsync("Praktik inom äldreomsorgen");
        // Tab: as for the first subgoal.
        await keys.TabToAsync(4, page.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktivitet" }).Nth(1));
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Aktivitet", new() { Exact = true }).Nth(1)).ToBeFocusedAsync();
        await keys.TypeAsync("Praktik på Tensta äldreboende");
        await page.ShouldBeAccessibleAsync();
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Utkastet till arbetsplan är sparat.");
        keys.EndPage("editor");

        // The plan: the focus is on the save's message; the next step is the agreement.
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeFocusedAsync();
        await page.ShouldBeAccessibleAsync();
        // Tab: the breadcrumb's Sökande and name, Ändra utkastet, the agreement.
        await keys.TabToAsync(4, page.GetByRole(AriaRole.Link, new() { Name = "Registrera instämmande och aktivera" }));
        await keys.EnterToNextPageAsync(url => url.EndsWith("/Agreement", StringComparison.Ordinal), "plan");

        // The agreement opens at its question (the date is today, the method "Vid möte"); Space answers, Enter saves.
        await Assertions.Expect(page.GetByLabel("Ja, instämmer")).ToBeFocusedAsync();
        await page.ShouldBeAccessibleAsync();
        await keys.PressAsync("Space");
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Planen är aktiv.");
        keys.EndPage("agreement");

        output.WriteLine(keys.Report);
        await page.ShouldBeAccessibleAsync();
        await Assertions.Expect(page.GetByText("Aktiv", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Version 1", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".plan-goal")).ToHaveTextAsync("Arbete som undersköterska på ett äldreboende i Tensta inom ett år");
        var subgoals = page.Locator(".plan-subgoals > li");
        await Assertions.Expect(subgoals).ToHaveCountAsync(2);
        await Assertions.Expect(subgoals.Nth(0)).ToContainTextAsync("Klara sfi kurs D");
        await Assertions.Expect(subgoals.Nth(0)).ToContainTextAsync("Delta i sfi fyra dagar i veckan");
        await Assertions.Expect(subgoals.Nth(1)).ToContainTextAsync("Praktik inom äldreomsorgen");
        await Assertions.Expect(subgoals.Nth(1)).ToContainTextAsync("Praktik på Tensta äldreboende");
        await Assertions.Expect(page.GetByText("Instämmer i planen", new() { Exact = false })).ToBeVisibleAsync();
        keys.Presses.ShouldBeLessThanOrEqualTo(MostKeyPresses, keys.Report);
    }

    /// <summary>
    /// The keyboard, counted: each navigation or activation key is one press, and a field's text typed in one go is one.
    /// </summary>
    private sealed class CountedKeys(IPage page)
    {
        private readonly List<string> _pages = [];
        private int _atPageStart;


        public int Presses { get; private set; }

        public string Report => $"{Presses} key presses: {string.Join(", ", _pages)}";

        public async Task PressAsync(string key, int times = 1)
        {
            for (var i = 0; i < times; i++)
            {
                await page.Keyboard.PressAsync(key);
                Presses++;
            }
        }

        /// <summary>Tab <paramref name="times"/> times, and the focus is then on <paramref name="target"/>.</summary>
        public async Task TabToAsync(int times, ILocator target)
        {
            await PressAsync("Tab", times);
            await Assertions.Expect(target).ToBeFocusedAsync();
        }

        public async Task TypeAsync(string text)
        {
            await page.Keyboard.TypeAsync(text);
            Presses++;
        }

        /// <summary>Enter, which opens the next page: what was pressed so far counts for <paramref name="name"/>.</summary>
        public async Task EnterToNextPageAsync(Func<string, bool> url, string name)
        {
            await PressAsync("Enter");
            await page.WaitForURLAsync(url);
            EndPage(name);
        }

        public void EndPage(string name)
        {
            _pages.Add($"{name} {Presses - _atPageStart}");
            _atPageStart = Presses;
        }
    }
}

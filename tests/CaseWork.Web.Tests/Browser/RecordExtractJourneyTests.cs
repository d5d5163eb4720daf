using System.Text.Json;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Retention;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class RecordExtractJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Administrator_FindsAPersonByPersonnummer_PrintsTheExtract_AndDownloadsItAsJson()
    {
        var person = await App.AddPersonAsync(RetentionFiles.Today.AddYears(-1), firstName: "Gunnel", lastName: "Gallrad");
        await App.AddEveryKindOfRecordAsync(person.Id, RetentionFiles.Today.AddDays(-12));
        var pin = $"{person.PersonalIdentityNumber[..8]}-{person.PersonalIdentityNumber[8..]}";

        var admin = await OpenBrowserAsync("admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Registerutdrag" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Registerutdrag");
        await admin.GetByLabel("Personnummer").FillAsync("19800306-0000");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Visa registerutdrag" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#error-summary")).ToContainTextAsync("Det finns ett problem");
        await Assertions.Expect(admin.Locator("#Number-error")).ToBeVisibleAsync();
        await admin.ShouldBeAccessibleAsync();

        await admin.GetByLabel("Personnummer").FillAsync(pin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Visa registerutdrag" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Registerutdrag");
        admin.Url.ShouldNotContain(person.PersonalIdentityNumber[2..8]);
        await Assertions.Expect(admin.Locator("#extract-person")).ToHaveTextAsync("Gunnel Gallrad");
        await Assertions.Expect(admin.Locator("#extract-produced")).ToContainTextAsync("av Eva Norberg");
        await Assertions.Expect(admin.Locator("#extract-journal_notes")).ToContainTextAsync("Besök på kontoret, med tolk.");
        await Assertions.Expect(admin.Locator("#extract-work_plan_versions .extract-row")).ToHaveCountAsync(2);
        await Assertions.Expect(admin.Locator("#extract-access")).ToContainTextAsync("Öppnade akten");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Skriv ut" })).ToBeVisibleAsync();
        await admin.ShouldBeAccessibleAsync();
        await admin.ScreenshotForGuideAsync("admin-record-extract.png", fullPage: false);

        var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Link, new() { Name = "Ladda ner som JSON" }).ClickAsync());
        download.SuggestedFilename.ShouldBe($"registerutdrag-{AppTime.Now:yyyy-MM-dd}.json");
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid()}.json");
        await download.SaveAsAsync(path);
        try
        {
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
            json.RootElement.GetProperty("person").GetProperty("personalIdentityNumber").GetString().ShouldBe(pin);
            json.RootElement.GetProperty("tables").GetProperty("journal_notes").GetArrayLength().ShouldBe(4);
        }
        finally
        {
            File.Delete(path);
        }

        await admin.GetByRole(AriaRole.Link, new() { Name = "Sök en annan person" }).ClickAsync();
        await Assertions.Expect(admin.GetByLabel("Personnummer")).ToBeEmptyAsync();
    }
}

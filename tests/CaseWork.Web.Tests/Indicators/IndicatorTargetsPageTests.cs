using System.Net;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.Indicators;
using CaseWork.Infrastructure.Indicators;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.Indicators.IndicatorTargetForms;

namespace CaseWork.Web.Tests.Indicators;

public class IndicatorTargetsPageTests(AppFixture app) : AppTest(app)
{
    private const IndicatorMeasure Indicator2 = IndicatorMeasure.LongTermShareOfAdultRecipients;

    [Fact]
    public async Task Administrator_SavesTargetsAndPopulation_AndSeesThemSavedAndReadBack()
    {
        var admin = await SignInAsync("admin");
        var form = (await LoadAsync(admin, ThisYear))
            .Adults(Org.SpangaTenstaDistrict, "28 900")
            .Target(Org.SpangaTenstaDistrict, Indicator2, "66")
            .Target(Org.SpangaTenstaDistrict, IndicatorMeasure.EnrolmentDaysToWorkOrStudies, "240")
            .Target(Org.HagerstenDistrict, IndicatorMeasure.HouseholdsOnAid, "1337");

        var response = await form.PostAsync(admin, ThisYear);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain($"year={ThisYear}");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(YearPage(ThisYear)));
        page.ShouldContain($"Mål och befolkning för {ThisYear} är sparade. Ändrade värden: 4.");
        var shown = From(page);
        shown.Fields[AdultsName(shown.Row(Org.SpangaTenstaDistrict))].ShouldBe("28900");
        shown.Fields[TargetName(shown.Row(Org.SpangaTenstaDistrict), Indicator2)].ShouldBe("66");
        shown.Fields[TargetName(shown.Row(Org.SpangaTenstaDistrict), IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months)].ShouldBeEmpty();

        await using var db = App.NewDbContext();
        var queries = new IndicatorTargetQueries(db);
        var targets = await queries.TargetsAsync([Org.SpangaTenstaDistrict, Org.HagerstenDistrict], ThisYear);
        targets.ShouldBe(
        [
            new DistrictTarget(Org.HagerstenDistrict, ThisYear, IndicatorMeasure.HouseholdsOnAid, 1337m),
            new DistrictTarget(Org.SpangaTenstaDistrict, ThisYear, Indicator2, 66m),
            new DistrictTarget(Org.SpangaTenstaDistrict, ThisYear, IndicatorMeasure.EnrolmentDaysToWorkOrStudies, 240m),
        ], ignoreOrder: true);
        (await queries.PopulationsAsync([Org.SpangaTenstaDistrict], ThisYear)).ShouldBe([new DistrictAdults(Org.SpangaTenstaDistrict, ThisYear, 28_900)]);
        (await queries.TargetAsync(Org.SpangaTenstaDistrict, ThisYear - 1, Indicator2)).ShouldBeNull();
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.IndicatorTargetsChanged)).ShouldBe(1);
    }

    [Fact]
    public async Task Decimals_WithACommaOrAPoint_AreTheSameNumber()
    {
        var admin = await SignInAsync("admin");
        var form = (await LoadAsync(admin, ThisYear))
            .Target(Org.SpangaTenstaDistrict, Indicator2, "65,9")
            .Target(Org.HagerstenDistrict, Indicator2, " 65.9 ");

        (await form.PostAsync(admin, ThisYear)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = App.NewDbContext();
        var values = await db.IndicatorTargets.Where(t => t.Measure == Indicator2).Select(t => t.Value).ToListAsync();
        values.ShouldBe([65.9m, 65.9m]);
        var shown = await LoadAsync(admin, ThisYear);
        shown.Fields[TargetName(shown.Row(Org.HagerstenDistrict), Indicator2)].ShouldBe("65,9");
    }

    [Fact]
    public async Task EmptyingAField_RemovesTheTarget_AndSavingUnchangedSaysSo()
    {
        var admin = await SignInAsync("admin");
        (await (await LoadAsync(admin, ThisYear)).Target(Org.SpangaTenstaDistrict, Indicator2, "66").PostAsync(admin, ThisYear)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await (await LoadAsync(admin, ThisYear)).PostAsync(admin, ThisYear)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync(YearPage(ThisYear))).ShouldContain($"Inga värden ändrades för {ThisYear}.");

        (await (await LoadAsync(admin, ThisYear)).Target(Org.SpangaTenstaDistrict, Indicator2, "").PostAsync(admin, ThisYear)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = App.NewDbContext();
        (await db.IndicatorTargets.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("abc", "Ange målet som ett tal, till exempel 65,9.")]
    [InlineData("-5", "Målet kan inte vara negativt.")]
    [InlineData("100,1", "Målet kan vara högst 100 %.")]
    [InlineData("65,95", "Ange procent med högst en decimal, till exempel 65,9.")]
    public async Task BadTarget_IsExplainedBesideTheFieldAndInTheSummary_AndNothingTypedIsLost(string typed, string message)
    {
        var admin = await SignInAsync("admin");
        var form = (await LoadAsync(admin, ThisYear))
            .Target(Org.SpangaTenstaDistrict, Indicator2, typed)
            .Adults(Org.SpangaTenstaDistrict, "28900")
            .Target(Org.HagerstenDistrict, IndicatorMeasure.HouseholdsOnAid, "900");

        var html = await (await form.PostAsync(admin, ThisYear)).TextAsync();

        var id = Id(TargetName(form.Row(Org.SpangaTenstaDistrict), Indicator2));
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain($"<a class=\"alert-link\" href=\"#{id}\">Spånga-Tensta, mål indikator 2: {message}</a>");
        html.ShouldContain($"<span class=\"field-validation-error\" id=\"{id}-error\">{message}</span>");
        html.ShouldMatch($"id=\"{id}\" name=\"[^\"]+\" value=\"{System.Text.RegularExpressions.Regex.Escape(typed)}\"");
        html.ShouldContain("value=\"900\"");
        await using var db = App.NewDbContext();
        (await db.IndicatorTargets.CountAsync()).ShouldBe(0);
        (await db.DistrictPopulations.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("IndicatorMeasure.HouseholdsOnAid", "1337,5", "Ange målet som ett heltal, till exempel 180.")]
    [InlineData("IndicatorMeasure.EnrolmentDaysToWorkOrStudies", "4000", "Målet kan vara högst 3 650 dagar.")]
    public async Task BadTarget_OfDaysOrCounts_NamesItsOwnLimit(string measureName, string typed, string message)
    {
        var measure = Enum.Parse<IndicatorMeasure>(measureName.Split('.')[1]);
        var admin = await SignInAsync("admin");

        var html = await (await (await LoadAsync(admin, ThisYear)).Target(Org.SpangaTenstaDistrict, measure, typed).PostAsync(admin, ThisYear)).TextAsync();

        html.Replace('\u00a0', ' ').ShouldContain(message);
    }

    [Theory]
    [InlineData("0", "Antalet vuxna invånare måste vara större än 0.")]
    [InlineData("många", "Ange antalet vuxna invånare som ett heltal, till exempel 28 900.")]
    [InlineData("2000000", "Antalet vuxna invånare kan vara högst 1 000 000.")]
    public async Task BadPopulation_IsExplainedBesideTheField(string typed, string message)
    {
        var admin = await SignInAsync("admin");
        var form = (await LoadAsync(admin, ThisYear)).Adults(Org.HagerstenDistrict, typed);

        var html = (await (await form.PostAsync(admin, ThisYear)).TextAsync()).Replace('\u00a0', ' ');

        var id = Id(AdultsName(form.Row(Org.HagerstenDistrict)));
        html.ShouldContain($"href=\"#{id}\">Hägersten-Liljeholmen, vuxna invånare: {message}</a>");
        html.ShouldContain($"id=\"{id}-error\">{message}</span>");
        html.ShouldContain($"value=\"{typed}\"");
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("3000")]
    public async Task YearOutOfRange_IsExplainedBesideTheYearField(string year)
    {
        var admin = await SignInAsync("admin");

        var html = await (await admin.GetAsync($"{Page}?year={year}")).TextAsync();

        var message = $"Året måste vara mellan 2000 och {ThisYear + 5}.";
        html.ShouldContain($"<a class=\"alert-link\" href=\"#Year\">{message}</a>");
        html.ShouldContain($"<span class=\"field-validation-error w-100\" id=\"Year-error\">{message}</span>");
        html.ShouldContain($"value=\"{year}\"");
        html.ShouldNotContain("id=\"targets\"");
    }

    [Fact]
    public async Task YearNotANumber_OnGetOrPost_IsExplained_AndThePostedValuesAreKept()
    {
        var admin = await SignInAsync("admin");
        (await (await admin.GetAsync($"{Page}?year=tjugo")).TextAsync()).ShouldContain($"Ange året med fyra siffror, till exempel {ThisYear}.");

        var form = (await LoadAsync(admin, ThisYear)).Target(Org.SpangaTenstaDistrict, Indicator2, "66");
        form.Fields["Year"] = "1999";
        var html = await (await form.PostAsync(admin, ThisYear)).TextAsync();

        html.ShouldContain($"href=\"#Year\">Året måste vara mellan 2000 och {ThisYear + 5}.</a>");
        html.ShouldContain("value=\"66\"");
        await using var db = App.NewDbContext();
        (await db.IndicatorTargets.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ColleagueSavedTheSameYear_IsShownTheirsAgainstYours_AndSavingAgainKeepsYours()
    {
        var mine = await SignInAsync("admin");
        var theirs = await SignInAsync("admin");
        var myForm = await LoadAsync(mine, ThisYear);
        (await (await LoadAsync(theirs, ThisYear)).Target(Org.SpangaTenstaDistrict, Indicator2, "70").PostAsync(theirs, ThisYear))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await myForm.Target(Org.SpangaTenstaDistrict, Indicator2, "66").Target(Org.HagerstenDistrict, Indicator2, "50").PostAsync(mine, ThisYear);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain($"Eva Norberg sparade mål för {ThisYear} medan du arbetade.");
        html.ShouldContain("Spånga-Tensta, mål indikator 2: sparades under tiden som 70 %, ditt värde är 66 %.");
        html.ShouldContain("Sparat under tiden: 70 %");
        html.ShouldNotContain("Hägersten-Liljeholmen, mål indikator 2: sparades");
        await using (var db = App.NewDbContext())
        {
            (await db.IndicatorTargets.Select(t => t.Value).ToListAsync()).ShouldBe([70m]);
        }

        var again = From(html);
        again.Fields[TargetName(again.Row(Org.SpangaTenstaDistrict), Indicator2)].ShouldBe("66");
        (await again.PostAsync(mine, ThisYear)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var after = App.NewDbContext();
        (await after.IndicatorTargets.OrderBy(t => t.Value).Select(t => t.Value).ToListAsync()).ShouldBe([50m, 66m]);
    }

    [Fact]
    public async Task EmptyYear_StartsFromTheYearBefore_AndSaysSo()
    {
        var admin = await SignInAsync("admin");
        (await (await LoadAsync(admin, ThisYear - 1)).Target(Org.SpangaTenstaDistrict, Indicator2, "66").Adults(Org.SpangaTenstaDistrict, "28500")
            .PostAsync(admin, ThisYear - 1)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(YearPage(ThisYear)));

        html.ShouldContain($"Det finns inga mål för {ThisYear} ännu. Fälten är ifyllda med värdena för {ThisYear - 1}");
        var form = From(html);
        form.Fields[TargetName(form.Row(Org.SpangaTenstaDistrict), Indicator2)].ShouldBe("66");
        await using var db = App.NewDbContext();
        (await db.IndicatorTargets.CountAsync(t => t.Year == ThisYear)).ShouldBe(0);

        (await form.PostAsync(admin, ThisYear)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.IndicatorTargets.CountAsync(t => t.Year == ThisYear)).ShouldBe(1);
        (await db.DistrictPopulations.Where(p => p.Year == ThisYear).Select(p => p.Adults).SingleAsync()).ShouldBe(28_500);
    }

    [Theory]
    [InlineData("chef")]
    [InlineData("enhetschef.st")]
    [InlineData("socialsekreterare.st")]
    [InlineData("jobbcoach")]
    public async Task OnlyTheAdministrator_GetsInOrSaves(string userName)
    {
        var session = await SignInAsync(userName);

        var get = await session.GetAsync(YearPage(ThisYear));
        var post = await session.SubmitFormAsync(
            "/Account/ChangePassword",
            new() { ["Year"] = $"{ThisYear}", ["Rows[0].DistrictId"] = $"{Org.SpangaTenstaDistrict}", ["Rows[0].Targets[1]"] = "66" },
            Page);

        get.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        post.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        await using var db = App.NewDbContext();
        (await db.IndicatorTargets.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AdminNavigation_LinksToIndicatorTargets()
    {
        var admin = await SignInAsync("admin");

        (await admin.GetStringAsync("/Admin/Users")).ShouldContain("href=\"/Admin/IndicatorTargets\">Mål och befolkning</a>");
    }

    [Fact]
    public async Task FormAndSave_TakeAFixedNumberOfQueries_HoweverManyValues()
    {
        var admin = await SignInAsync("admin");
        (await (await LoadAsync(admin, ThisYear)).Target(Org.SpangaTenstaDistrict, Indicator2, "66").PostAsync(admin, ThisYear)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        App.Factory.Commands.Reset();
        var oneValue = await LoadAsync(admin, ThisYear);
        var forOne = App.Factory.Commands.Count;

        var everything = oneValue;
        foreach (var key in oneValue.Fields.Keys.Where(k => k.Contains(".Targets[", StringComparison.Ordinal) || k.EndsWith(".Adults", StringComparison.Ordinal)).ToList())
        {
            everything.Fields[key] = key.EndsWith(".Adults", StringComparison.Ordinal) ? "30000" : "50";
        }

        App.Factory.Commands.Reset();
        (await everything.PostAsync(admin, ThisYear)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var forSaving = App.Factory.Commands.Count;
        App.Factory.Commands.Reset();
        await LoadAsync(admin, ThisYear);
        var forAll = App.Factory.Commands.Count;

        forAll.ShouldBe(forOne);
        forSaving.ShouldBeLessThanOrEqualTo(13); // including the server-side session read (docs/security.md)
        await using var db = App.NewDbContext();
        (await db.IndicatorTargets.CountAsync()).ShouldBe(await db.Districts.CountAsync() * IndicatorMeasures.All.Count);
    }
}

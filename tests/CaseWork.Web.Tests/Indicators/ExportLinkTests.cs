using System.Net;
using CaseWork.Web.Tests.Infrastructure;
using Shouldly;

namespace CaseWork.Web.Tests.Indicators;

public class ExportLinkTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task EveryExportLink_NamesItsTable_ForScreenReaders()
    {
        var manager = await SignInAsync("chef");

        var html = WebUtility.HtmlDecode(await manager.GetStringAsync("/Indicators"));

        foreach (var table in new[] { "Översikt", "Långvariga, andel av vuxna biståndsmottagare", "Hushåll med ekonomiskt bistånd efter orsak, per månad", "Effekt av insatser" })
        {
            html.ShouldContain($"Excel<span class=\"visually-hidden\"> – {table}</span>");
            html.ShouldContain($"CSV<span class=\"visually-hidden\"> – {table}</span>");
        }
    }
}

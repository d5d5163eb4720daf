using System.Net;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Help;

/// <summary>/Help serves docs/user-guide.md to signed-in users, with a contents list and the guide's screenshots.</summary>
public class HelpPageTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task HelpPage_IsRefusedToAnonymousUsers_WithARedirectToSignIn()
    {
        var response = await Anonymous().GetAsync("/Help");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task HelpPage_LinksToEverySectionOfTheGuide_AndItsImagesLoad()
    {
        var session = await SignInAsync("socialsekreterare.st");

        var html = await session.GetStringAsync("/Help");

        foreach (var section in GuideSections())
        {
            html.ShouldContain($">{section}</a>");
        }

        html.ShouldContain("<a href=\"#manadsuppfoljning\">Månadsuppföljning</a>");
        html.ShouldContain("<h3 id=\"manadsuppfoljning\">Månadsuppföljning</h3>");
        html.ShouldContain("src=\"/Help/images/login.png\"");
        html.ShouldNotContain(".md\"", customMessage: "the other documents in docs/ are not served, so the guide does not link to them");
        var image = await session.GetAsync("/Help/images/login.png");
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
    }

    /// <summary>The guide's own level-2 headings, read from docs/user-guide.md.</summary>
    internal static IEnumerable<string> GuideSections() =>
        File.ReadLines(Path.Combine(RepositoryPaths.Root, "docs", "user-guide.md"))
            .Where(line => line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => line[3..].Trim());
}

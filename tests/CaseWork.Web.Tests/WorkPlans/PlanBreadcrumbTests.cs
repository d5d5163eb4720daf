using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.WorkPlans;

/// <summary>Every page about one plan leads back to it by the plan's name, its period, as the case page names it.</summary>
public partial class PlanBreadcrumbTests(AppFixture app) : AppTest(app)
{
    [Theory]
    [InlineData("/Agreement")]
    [InlineData("/Close")]
    [InlineData("/Compare?from=1&to=1")]
    [InlineData("/History")]
    public async Task APlansPage_NamesThePlanByItsPeriod_InTheBreadcrumb(string page)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var plan = await App.AddActivePlanAsync(applicant);
        var session = await SignInAsync("socialsekreterare.st");

        var html = WebUtility.HtmlDecode(await session.GetStringAsync($"/Applicants/{applicant.Id}/WorkPlans/{plan.Id}{page}"));

        var breadcrumb = Breadcrumb().Match(html).Value;
        breadcrumb.ShouldContain($"Plan {FollowUpArrangements.Iso(plan.Content.ValidFrom)} – {FollowUpArrangements.Iso(plan.Content.ValidTo)}</a>");
        breadcrumb.ShouldNotContain(">Arbetsplan<");
    }

    [GeneratedRegex("<ol class=\"breadcrumb\">.*?</ol>", RegexOptions.Singleline)]
    private static partial Regex Breadcrumb();
}

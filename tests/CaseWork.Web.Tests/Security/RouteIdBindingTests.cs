using System.Net;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.WorkPlans;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// The attack of issue 14: a worker posts their own applicant's form with an extra field naming an applicant of
/// another unit. The case written, and the case the scope check judged, are both the one in the URL.
/// </summary>
public class RouteIdBindingTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task PlanForm_WithAnotherUnitsApplicantInTheBody_SavesTheDraftInTheOwnFileOnly()
    {
        var own = await App.AddApplicantAsync(Org.HagerstenUnit, firstName: "Egen");
        var other = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Annan");
        var session = await SignInAsync("socialsekreterare.hl");

        var form = PlanForms.Plan("Arbete som barnskötare i Hägersten inom ett år, efter sfi och praktik");
        form["ApplicantId"] = other.Id.ToString();
        var response = await session.SubmitFormAsync($"/Applicants/{own.Id}/WorkPlans/Edit", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain($"/Applicants/{own.Id}/WorkPlans/");
        await using var db = App.NewDbContext();
        (await db.WorkPlans.IgnoreQueryFilters().CountAsync(p => p.ApplicantId == other.Id)).ShouldBe(0);
        (await db.WorkPlans.IgnoreQueryFilters().CountAsync(p => p.ApplicantId == own.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task OwnApplicantsPage_WithAnotherUnitsApplicantInTheBodyOfAGet_ShowsTheOwnCase()
    {
        var own = await App.AddApplicantAsync(Org.HagerstenUnit, firstName: "Egen");
        var other = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Främmande");
        var session = await SignInAsync("socialsekreterare.hl");

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/Applicants/{own.Id}/WorkPlans/Edit?ApplicantId={other.Id}", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ApplicantId"] = other.Id.ToString() }),
        };
        var response = await session.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.TextAsync();
        page.ShouldContain("Egen");
        // A name no page text holds ("Annan" is the plan editor's own word for an activity owner).
        page.ShouldNotContain("Främmande");
    }
}

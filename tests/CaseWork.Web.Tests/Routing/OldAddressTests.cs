using System.Net;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Routing;

/// <summary>Each address renamed under ADR 0017 redirects permanently to the new one, keeping the rest of the path and the query.</summary>
public class OldAddressTests(AppFixture app) : AppTest(app)
{
    private const string Id = "00000000-0000-0000-0000-000000000001";

    [Theory]
    [InlineData($"/Applicants/{Id}/Plans/{Id}/Print?x=1", $"/Applicants/{Id}/WorkPlans/{Id}/Print?x=1")]
    [InlineData($"/Applicants/{Id}/Plans/Edit", $"/Applicants/{Id}/WorkPlans/Edit")]
    [InlineData("/Reviews", "/CaseReviews")]
    [InlineData($"/Reviews/{Id}/Cases/{Id}?x=1", $"/CaseReviews/{Id}/Cases/{Id}?x=1")]
    [InlineData("/Dashboard", "/Indicators")]
    [InlineData("/Dashboard/Cases?measure=HouseholdsOnAid&period=Year-2026-1", "/Indicators/Cases?measure=HouseholdsOnAid&period=Year-2026-1")]
    [InlineData("/Admin/Targets", "/Admin/IndicatorTargets")]
    [InlineData("/Admin/Targets/Index?year=2027", "/Admin/IndicatorTargets/Index?year=2027")]
    public async Task AnOldAddress_RedirectsPermanently_ToTheNewOne(string old, string renamed)
    {
        var response = await Anonymous().GetAsync(old);

        response.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        response.Headers.Location!.ToString().ShouldBe(renamed);
    }
}

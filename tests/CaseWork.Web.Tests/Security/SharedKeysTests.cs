using System.Net;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// Two app instances (separate hosts and service providers) against the one database, as behind a load balancer:
/// the Data Protection keys in PostgreSQL make a sign-in and a form from one instance good on the other.
/// </summary>
public class SharedKeysTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task SignedInOnOneInstance_IsSignedInOnTheOther()
    {
        await using var other = new CaseWorkAppFactory();
        var otherAddress = other.StartOnKestrel();
        var here = await SignInAsync("socialsekreterare.st");

        using var there = here.On(otherAddress);
        var response = await there.GetAsync("/Applicants");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain("socialsekreterare.st");
        await using var db = App.NewDbContext();
        (await db.DataProtectionKeys.CountAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task AFormServedByOneInstance_IsSavedByTheOther()
    {
        await using var other = new CaseWorkAppFactory();
        var otherAddress = other.StartOnKestrel();
        var here = await SignInAsync("socialsekreterare.st");
        var form = await here.FormFieldsAsync("/Applicants/Create", NewApplicant());

        using var there = here.On(otherAddress);
        var response = await there.PostAsync("/Applicants/Create", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().CountAsync(a => a.LastName == "Tvåinstans")).ShouldBe(1);
    }

    /// <summary>The control: an instance with keys of its own accepts neither, so the two above pass because of the shared keys.</summary>
    [Fact]
    public async Task AnInstanceWithItsOwnKeys_AcceptsNeitherTheSignInNorTheForm()
    {
        await using var other = new CaseWorkAppFactory(services: s => s.AddDataProtection().UseEphemeralDataProtectionProvider());
        var otherAddress = other.StartOnKestrel();
        var here = await SignInAsync("socialsekreterare.st");
        var form = await here.FormFieldsAsync("/Applicants/Create", NewApplicant());

        using var there = here.On(otherAddress);
        var page = await there.GetAsync("/Applicants");
        var post = await there.PostAsync("/Applicants/Create", form);

        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/Account/Login");
        post.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Redirect);
        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    private static Dictionary<string, string> NewApplicant() => new()
    {
        ["Input.PersonalIdentityNumber"] = TestPins.Next(),
        ["Input.FirstName"] = "Leila",
        ["Input.LastName"] = "Tvåinstans",
        ["Input.Household"] = "SingleAdult",
        ["Input.NumberOfChildren"] = "0",
        ["Input.Reason"] = "Unemployment",
        ["Input.AssignedWorkerId"] = string.Empty,
    };
}

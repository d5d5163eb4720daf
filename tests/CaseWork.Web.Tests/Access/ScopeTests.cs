using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Domain.Auditing;
using CaseWork.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Access;

public class ScopeTests(AppFixture app) : AppTest(app)
{
    public static TheoryData<string, string> ApplicantHandlers => new()
    {
        { "GET", "/Applicants/{0}" },
        { "GET", "/Applicants/{0}/Edit" },
        { "POST", "/Applicants/{0}/Edit" },
        { "GET", "/Applicants/{0}/AidMonths" },
        { "POST", "/Applicants/{0}/AidMonths" },
        { "GET", "/Applicants/{0}/WorkPlans/Edit" },
        { "POST", "/Applicants/{0}/WorkPlans/Edit" },
        { "POST", "/Applicants/{0}/WorkPlans/Edit?handler=AddSubgoal" },
        { "GET", "/Applicants/{0}/WorkPlans/00000000-0000-0000-0000-000000000001" },
        { "GET", "/Applicants/{0}/WorkPlans/00000000-0000-0000-0000-000000000001/History" },
        { "GET", "/Applicants/{0}/WorkPlans/00000000-0000-0000-0000-000000000001/Compare?from=1&to=2" },
        { "GET", "/Applicants/{0}/WorkPlans/00000000-0000-0000-0000-000000000001/Print" },
        { "POST", "/Applicants/{0}/WorkPlans/00000000-0000-0000-0000-000000000001/Agreement" },
        { "POST", "/Applicants/{0}/WorkPlans/00000000-0000-0000-0000-000000000001/Close" },
        { "GET", "/Applicants/{0}/Investigations" },
        { "GET", "/Applicants/{0}/Investigations/Edit" },
        { "POST", "/Applicants/{0}/Investigations/Edit" },
        { "POST", "/Applicants/{0}/Investigations/Edit?handler=Sign" },
        { "GET", "/Applicants/{0}/Investigations/00000000-0000-0000-0000-000000000001" },
    };

    [Theory]
    [MemberData(nameof(ApplicantHandlers))]
    public async Task Handler_ApplicantOfAnotherUnit_Answers404AndIsAudited(string method, string template)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.hl");
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, applicant.Id);

        // A POST carries a valid antiforgery token (taken from a page the user may open) so that only scope can refuse it.
        var response = method == "GET"
            ? await session.GetAsync(url)
            : await session.SubmitFormAsync("/Applicants/Create", new() { ["Input.FirstName"] = "Hacked", ["Input.Month"] = "2026-01", ["Input.Decision"] = "Refused" }, postUrl: url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.TextAsync()).ShouldContain("Sidan finns inte");
        await using var db = App.NewDbContext();
        var denied = await db.AuditEntries.Where(e => e.ApplicantId == applicant.Id && e.Action == AuditAction.AccessDenied).ToListAsync();
        denied.ShouldHaveSingleItem().UserName.ShouldBe("socialsekreterare.hl");
        denied[0].Detail!.ShouldContain(method);
        (await db.WorkPlans.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
        (await db.BasicInvestigations.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
        (await db.Applicants.IgnoreQueryFilters().SingleAsync(a => a.Id == applicant.Id)).FirstName.ShouldBe("Anna");
        (await db.AidMonths.CountAsync(m => m.ApplicantId == applicant.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task List_ShowsOnlyTheUnitsOwnApplicants()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Tensta", lastName: "Person");
        await App.AddApplicantAsync(Org.HagerstenUnit, firstName: "Hägersten", lastName: "Person");

        var st = await (await SignInAsync("socialsekreterare.st")).GetStringAsync("/Applicants?mine=false");
        var hl = await (await SignInAsync("socialsekreterare.hl")).GetStringAsync("/Applicants?mine=false");

        st.ShouldContain("Tensta");
        st.ShouldNotContain("Hägersten");
        hl.ShouldContain("Hägersten");
        hl.ShouldNotContain("Tensta");
    }

    [Fact]
    public async Task Manager_ReadsTheDistrictButCannotEdit()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("chef");
        await session.StateReasonAsync(applicant.Id);

        var details = await session.GetAsync($"/Applicants/{applicant.Id}");
        var edit = await session.GetAsync($"/Applicants/{applicant.Id}/Edit");
        var post = await session.PostAsync($"/Applicants/{applicant.Id}/Edit", new() { ["Input.FirstName"] = "Changed" });
        var create = await session.GetAsync("/Applicants/Create");

        details.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await details.TextAsync()).ShouldNotContain($"/Applicants/{applicant.Id}/Edit");
        edit.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        post.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.BadRequest);
        create.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().SingleAsync()).FirstName.ShouldBe("Anna");
    }

    [Fact]
    public async Task Manager_DoesNotSeeOtherDistricts()
    {
        var other = await App.AddApplicantAsync(Org.HagerstenUnit);

        var response = await (await SignInAsync("chef")).GetAsync($"/Applicants/{other.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("jobbcoach")]
    public async Task RolesWithoutCaseAccess_AreRefusedTheRegister(string userName)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync(userName);

        var list = await session.GetAsync("/Applicants");
        var details = await session.GetAsync($"/Applicants/{applicant.Id}");

        list.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        details.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Theory]
    [InlineData("socialsekreterare.st")]
    [InlineData("chef")]
    [InlineData("jobbcoach")]
    public async Task AdminPages_AreForAdministratorsOnly(string userName)
    {
        var session = await SignInAsync(userName);

        foreach (var path in new[] { "/Admin/Users", "/Admin/Users/Create", "/Admin/Organisation" })
        {
            var response = await session.GetAsync(path);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: path);
        }
    }

    [Fact]
    public async Task ProtectedIdentity_HidesContactFromAllButTheAssignedWorker()
    {
        var applicant = await App.AddApplicantAsync(
            Org.SpangaTenstaUnit, assignedWorker: Org.UserIds["socialsekreterare.st"], protectedIdentity: true);

        var assigned = await (await SignInAsync("socialsekreterare.st")).GetStringAsync($"/Applicants/{applicant.Id}");
        var headSession = await SignInAsync("enhetschef.st");
        await headSession.StateReasonAsync(applicant.Id);
        var head = await headSession.GetStringAsync($"/Applicants/{applicant.Id}");
        var headEdit = await headSession.GetStringAsync($"/Applicants/{applicant.Id}/Edit");
        var managerSession = await SignInAsync("chef");
        await managerSession.StateReasonAsync(applicant.Id);
        var manager = await managerSession.GetStringAsync($"/Applicants/{applicant.Id}");

        assigned.ShouldContain("Hemliga vägen 7");
        head.ShouldNotContain("Hemliga vägen 7");
        head.ShouldNotContain("070-111 22 33");
        headEdit.ShouldNotContain("Hemliga vägen 7");
        manager.ShouldNotContain("Hemliga vägen 7");
    }

    [Fact]
    public async Task ProtectedIdentity_EditByAnotherWorker_KeepsTheHiddenAddress()
    {
        var applicant = await App.AddApplicantAsync(
            Org.SpangaTenstaUnit, assignedWorker: Org.UserIds["socialsekreterare.st"], protectedIdentity: true);
        var session = await SignInAsync("enhetschef.st");
        await session.StateReasonAsync(applicant.Id, "StandingIn");
        await using var before = App.NewDbContext();
        var version = (await before.Applicants.IgnoreQueryFilters().SingleAsync()).Version;

        var response = await session.SubmitFormAsync($"/Applicants/{applicant.Id}/Edit", new()
        {
            ["Input.FirstName"] = "Annika", ["Input.LastName"] = "Svensson", ["Input.Household"] = "SingleAdult",
            ["Input.NumberOfChildren"] = "1", ["Input.Reason"] = "Unemployment",
            ["Input.AssignedWorkerId"] = Org.UserIds["socialsekreterare.st"], ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = App.NewDbContext();
        var saved = await db.Applicants.IgnoreQueryFilters().SingleAsync();
        saved.FirstName.ShouldBe("Annika");
        saved.StreetAddress.ShouldBe("Hemliga vägen 7");
        saved.HasProtectedIdentity.ShouldBeTrue();
    }

    [Fact]
    public async Task SocialWorkerWithoutAUnit_SeesNoRegister()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "utan.enhet", DisplayName = "Utan Enhet", LockoutEnabled = true };
            if (await users.FindByNameAsync(user.UserName) is null)
            {
                (await users.CreateAsync(user, AppFixture.Password)).Succeeded.ShouldBeTrue();
                await users.AddToRoleAsync(user, Roles.SocialWorker);
            }
        }

        var session = await SignInAsync("utan.enhet");

        (await session.GetAsync("/Applicants")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await session.GetAsync("/Applicants/Create")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task Search_IsAudited_WithoutTheSearchTerm()
    {
        var pin = TestPins.Next();
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, pin: pin);
        var session = await SignInAsync("socialsekreterare.st");

        await session.GetStringAsync("/Applicants?q=" + Uri.EscapeDataString(pin));

        await using var db = App.NewDbContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.ApplicantListSearched);
        entry.UserName.ShouldBe("socialsekreterare.st");
        entry.Detail!.ShouldStartWith("1 shown");
        entry.Detail.ShouldNotContain(pin[..8]);
    }
}

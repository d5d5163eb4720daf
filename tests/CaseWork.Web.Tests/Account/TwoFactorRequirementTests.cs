using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Account;

public class TwoFactorRequirementTests(AppFixture app) : AppTest(app)
{
    [Theory]
    [InlineData(Roles.Administrator, "/Admin/Users")]
    [InlineData(Roles.LogChecker, "/AccessLog")]
    public async Task WithoutTwoFactor_TheRoleIsSentToSetup_UntilItIsDone(string role, string workPage)
    {
        var userName = await App.CreateUserAsync(role);
        var session = await SignInAsync(userName);

        var refused = await session.GetAsync(workPage);

        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.ShouldBe(TwoFactorTestSteps.Page);
        (await session.GetStringAsync(TwoFactorTestSteps.Page)).ShouldContain("Din roll kräver tvåstegsverifiering. Ställ in den innan du fortsätter.");

        await session.SetUpAuthenticatorAsync(userName);

        (await session.GetAsync(workPage)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WithoutTwoFactor_AnAdministratorReachesNoPageAndNoHandler_ButMaySignOutAndSwitchLanguage()
    {
        var userName = await App.CreateUserAsync(Roles.Administrator);
        var session = await SignInAsync(userName);

        foreach (var path in new[] { "/", "/Admin/Users/Create", "/Admin/Organisation", "/Account/ChangePassword", "/Applicants" })
        {
            (await session.GetAsync(path)).Headers.Location?.OriginalString.ShouldBe(TwoFactorTestSteps.Page, path);
        }

        var post = await session.PostAsync("/Admin/Users/Create", new() { ["Input.UserName"] = "smuggled" });
        post.Headers.Location!.OriginalString.ShouldBe(TwoFactorTestSteps.Page);
        (await session.GetAsync("/css/site.css")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var culture = await session.SubmitFormAsync(TwoFactorTestSteps.Page, new() { ["culture"] = "en" }, "/Culture?returnUrl=%2FAccount%2FTwoFactor");
        culture.Headers.Location!.OriginalString.ShouldBe("/Account/TwoFactor");
        var signOut = await session.SubmitFormAsync(TwoFactorTestSteps.Page, [], "/Account/Logout");
        signOut.Headers.Location!.OriginalString.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task OtherRoles_WithoutTwoFactor_WorkAsBefore()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var session = await SignInAsync(userName);

        (await session.GetAsync("/Applicants")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

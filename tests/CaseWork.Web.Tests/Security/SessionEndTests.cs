using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Reviews;

namespace CaseWork.Web.Tests.Security;

/// <summary>A new password or a deactivation ends every other session of the user at its next request.</summary>
public class SessionEndTests(AppFixture app) : AppTest(app)
{
    private const string NewPassword = "a-long-new-passphrase";

    [Fact]
    public async Task ChangingOnesPassword_EndsOtherSessions_AndKeepsThisOne()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var office = await SignInAsync(userName);
        var home = await SignInAsync(userName);
        (await home.GetAsync("/Applicants")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var changed = await office.SubmitFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = AppFixture.Password, ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
        });

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.GetAsync("/Applicants")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeSentToSignInAsync(home);
    }

    [Fact]
    public async Task ChangingPassword_WithTheWrongCurrentPassword_SaysSoAndEndsNoSession()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var office = await SignInAsync(userName);
        var home = await SignInAsync(userName);

        var refused = await office.SubmitFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = "not-the-password", ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
        });

        var html = await refused.TextAsync();
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("href=\"#Input_CurrentPassword\"");
        (await home.GetAsync("/Applicants")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AdministratorSettingANewPassword_EndsTheUsersSessions()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var user = await SignInAsync(userName);
        var admin = await SignInAsync("admin");
        var edit = $"/Admin/Users/{await App.UserIdAsync(userName)}/Edit";

        var set = await admin.SubmitFormAsync(edit, new() { ["NewPassword"] = NewPassword }, postUrl: edit + "?handler=SetPassword");

        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ShouldBeSentToSignInAsync(user);
    }

    [Fact]
    public async Task Deactivation_EndsTheUsersSessions()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var user = await SignInAsync(userName);
        var admin = await SignInAsync("admin");
        var edit = $"/Admin/Users/{await App.UserIdAsync(userName)}/Edit";

        await admin.SubmitFormAsync(edit, [], postUrl: edit + "?handler=Deactivate");

        await ShouldBeSentToSignInAsync(user);
    }

    private async Task ShouldBeSentToSignInAsync(HttpSession session)
    {
        var response = await session.GetAsync("/Applicants");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
        session.Cookies.For(App.BaseAddress).ShouldNotContain(c => c.Name == "__Host-CaseWork.Auth", "the ended session's cookie is removed");
    }
}

using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Reviews;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// Signing out, a new password, a deactivation or an administrator's "end sessions" ends the session at once: the
/// session is held on the server, so a copy of its cookie opens nothing afterwards.
/// </summary>
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

    [Fact]
    public async Task SigningOut_EndsTheSession_EvenForACopyOfItsCookie()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync(userName);
        using var copy = CopyOf(session);
        (await copy.GetAsync($"/Applicants/{applicant.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK, "the copy works while the session lasts");

        var signedOut = await session.SubmitFormAsync("/Applicants", [], postUrl: "/Account/Logout");

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var response = await copy.GetAsync($"/Applicants/{applicant.Id}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    /// <summary>Another client holding the same cookies, as someone who copied them from the browser would.</summary>
    private HttpSession CopyOf(HttpSession session)
    {
        var cookies = new BrowserCookies();
        cookies.Store(App.BaseAddress, session.Cookies.For(App.BaseAddress).Select(c => $"{c.Name}={c.Value}; path=/; secure; httponly"));
        return new HttpSession(App.BaseAddress, cookies);
    }

    private async Task ShouldBeSentToSignInAsync(HttpSession session)
    {
        var response = await session.GetAsync("/Applicants");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
        session.Cookies.For(App.BaseAddress).ShouldNotContain(c => c.Name == "__Host-CaseWork.Auth", "the ended session's cookie is removed");
    }
}

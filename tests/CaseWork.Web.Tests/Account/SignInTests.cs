using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Infrastructure.Identity;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Account;

public class SignInTests(AppFixture app) : AppTest(app)
{
    [Theory]
    [InlineData("socialsekreterare.st", "/Due")]
    [InlineData("enhetschef.st", "/Due")]
    [InlineData("chef", "/Indicators")]
    [InlineData("loggkontroll", "/AccessLog")]
    [InlineData("admin", "/Admin/Users")]
    [InlineData("jobbcoach", "/Jobbtorg")]
    public async Task SignIn_EachRole_LandsWhereItsWorkIs(string userName, string expectedPath)
    {
        var session = await SignInAsync(userName);

        var start = await session.GetAsync("/");

        if (expectedPath == "/")
        {
            start.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await start.TextAsync()).ShouldContain("Välkommen till CaseWork");
        }
        else
        {
            start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            start.Headers.Location!.OriginalString.ShouldBe(expectedPath);
        }
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoInSwedish()
    {
        var session = Anonymous();

        var response = await session.SubmitFormAsync("/Account/Login", new() { ["Input.UserName"] = "chef", ["Input.Password"] = "not-the-password" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("Fel användarnamn eller lösenord.");
    }

    [Fact]
    public async Task SignIn_FiveFailures_LockTheAccountEvenForTheRightPassword()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var session = Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await session.SubmitFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = "wrong-password-" + i });
        }

        var response = await session.SubmitFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = AppFixture.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain("kontot är låst i 15 minuter");
    }

    [Fact]
    public async Task SignIn_DeactivatedUser_IsRefused()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker, active: false);

        var response = await Anonymous().SubmitFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = AppFixture.Password });

        (await response.TextAsync()).ShouldContain("Fel användarnamn eller lösenord.");
    }

    [Fact]
    public async Task Pages_WithoutSignIn_RedirectToLogin()
    {
        var response = await Anonymous().GetAsync("/Applicants");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/lib/bootstrap/css/bootstrap.min.css")]
    public async Task HealthAndStaticFiles_NeedNoSignIn(string path)
    {
        var response = await Anonymous().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ChangePassword_TooShort_IsRefused_ThenALongOneWorks()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var session = await SignInAsync(userName);

        var refused = await session.SubmitFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = AppFixture.Password, ["Input.NewPassword"] = "short", ["Input.ConfirmPassword"] = "short",
        });
        (await refused.TextAsync()).ShouldContain("Lösenordet måste ha minst 12 tecken.");

        var changed = await session.SubmitFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = AppFixture.Password, ["Input.NewPassword"] = "a-long-new-passphrase", ["Input.ConfirmPassword"] = "a-long-new-passphrase",
        });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await Should.NotThrowAsync(() => HttpSession.SignInAsync(App.BaseAddress, userName, "a-long-new-passphrase"));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var session = await SignInAsync("socialsekreterare.st");

        var response = await session.PostAsync("/Applicants/Create", new() { ["Input.PersonalIdentityNumber"] = TestPins.Next(), ["Input.FirstName"] = "X", ["Input.LastName"] = "Y" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = App.NewDbContext();
        db.Applicants.IgnoreQueryFilters().Count().ShouldBe(0);
    }
}

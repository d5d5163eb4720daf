using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Account;

public class TwoFactorSignInTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Password_ForAUserWithTwoFactor_LeadsToTheSecondStep_NotIn()
    {
        var session = Anonymous();

        var response = await session.SubmitFormAsync("/Account/Login", new() { ["Input.UserName"] = "admin", ["Input.Password"] = AppFixture.Password });

        response.Headers.Location!.OriginalString.ShouldStartWith("/Account/LoginWithCode");
        (await session.GetAsync("/Admin/Users")).Headers.Location!.OriginalString.ShouldContain("/Account/Login?");
        var step = await session.GetStringAsync("/Account/LoginWithCode");
        step.ShouldContain("skriv den sexsiffriga kod den visar för CaseWork");
        step.ShouldContain("Använd en återställningskod");
    }

    [Fact]
    public async Task SecondStep_WrongCode_IsRefusedInSwedish_AndDoesNotSignIn()
    {
        var session = await PasswordOnlyAsync("admin");

        var response = await session.SubmitFormAsync("/Account/LoginWithCode", new() { ["Input.Code"] = await TwoFactorTestSteps.WrongCodeForAsync("admin") });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("Koden stämmer inte. Skriv den sexsiffriga kod som appen visar just nu.");
        (await session.GetAsync("/Admin/Users")).Headers.Location!.OriginalString.ShouldContain("/Account/Login?");
    }

    [Fact]
    public async Task SecondStep_EmptyCode_AsksForIt()
    {
        var session = await PasswordOnlyAsync("admin");

        var html = await (await session.SubmitFormAsync("/Account/LoginWithCode", new() { ["Input.Code"] = "" })).TextAsync();

        html.ShouldContain("Skriv den sexsiffriga koden från din autentiseringsapp.");
    }

    [Fact]
    public async Task SecondStep_RightCode_SignsIn_WithSpacesAllowed()
    {
        var session = await PasswordOnlyAsync("loggkontroll");
        var code = await Authenticator.CurrentCodeOfAsync("loggkontroll");

        var response = await session.SubmitFormAsync("/Account/LoginWithCode", new() { ["Input.Code"] = code[..3] + " " + code[3..] });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
        (await session.GetAsync("/AccessLog")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SecondStep_WithoutThePassword_GoesBackToSignIn()
    {
        var response = await Anonymous().GetAsync("/Account/LoginWithCode");

        response.Headers.Location!.OriginalString.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task SecondStep_FiveWrongCodes_LockTheAccountEvenForTheRightCode()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        await (await SignInAsync(userName)).SetUpAuthenticatorAsync(userName);
        var session = await PasswordOnlyAsync(userName);
        var wrong = await TwoFactorTestSteps.WrongCodeForAsync(userName);
        for (var i = 0; i < 5; i++)
        {
            await session.SubmitFormAsync("/Account/LoginWithCode", new() { ["Input.Code"] = wrong });
        }

        var response = await session.SubmitFormAsync("/Account/LoginWithCode", new() { ["Input.Code"] = await Authenticator.CurrentCodeOfAsync(userName) });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain("låst");
    }

    [Fact]
    public async Task SecondStep_ACodeThatSignedInOnce_IsRefusedInAnotherSession()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        await (await SignInAsync(userName)).SetUpAuthenticatorAsync(userName);
        var first = await PasswordOnlyAsync(userName);
        var second = await PasswordOnlyAsync(userName);
        var code = await Authenticator.CurrentCodeOfAsync(userName);

        (await first.SubmitFormAsync("/Account/LoginWithCode", new() { ["Input.Code"] = code })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await second.SubmitFormAsync("/Account/LoginWithCode", new() { ["Input.Code"] = code });

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.TextAsync()).ShouldContain("Koden stämmer inte.");
        (await second.GetAsync("/Applicants")).Headers.Location!.OriginalString.ShouldContain("/Account/Login?");
    }

    [Fact]
    public async Task SecondStep_ACodeTwoStepsOld_IsRefused()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        await (await SignInAsync(userName)).SetUpAuthenticatorAsync(userName);
        await ResetUsedStepAsync(userName);
        var session = await PasswordOnlyAsync(userName);
        var key = (await Authenticator.KeyOfAsync(userName))!;

        var response = await session.SubmitFormAsync("/Account/LoginWithCode", new() { ["Input.Code"] = Authenticator.Code(key, AppTime.UtcNow.AddSeconds(-60)) });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain("Koden stämmer inte.");
    }

    /// <summary>Forgets the step the set-up used, so that only the code's age can refuse it.</summary>
    private static async Task ResetUsedStepAsync(string userName)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            """DELETE FROM used_authenticator_steps WHERE user_id = (SELECT id FROM "AspNetUsers" WHERE normalized_user_name = upper(@name))""", connection);
        command.Parameters.AddWithValue("name", userName);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<HttpSession> PasswordOnlyAsync(string userName)
    {
        var session = Anonymous();
        var response = await session.SubmitFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = AppFixture.Password });
        response.Headers.Location!.OriginalString.ShouldStartWith("/Account/LoginWithCode");
        return session;
    }
}

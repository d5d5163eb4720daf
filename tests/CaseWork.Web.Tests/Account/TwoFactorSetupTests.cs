using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Account;

public class TwoFactorSetupTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Setup_ShowsTheKeyInGroupsOfFour_AndAQrCodeOfTheAppsUri()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var session = await SignInAsync(userName);

        var html = await (await session.GetAsync(TwoFactorTestSteps.Page)).TextAsync();

        var key = (await Authenticator.KeyOfAsync(userName))!;
        key.Length.ShouldBeGreaterThanOrEqualTo(16);
        html.ShouldContain(string.Join(' ', key.Chunk(4).Select(c => new string(c))));
        html.ShouldContain($"otpauth://totp/CaseWork:{userName}?secret={key}&issuer=CaseWork");
        html.ShouldContain("src=\"data:image/png;base64,");
        html.ShouldContain("Slå på tvåstegsverifiering");
    }

    [Fact]
    public async Task Setup_WrongCode_IsRefusedNextToTheField_AndKeepsWhatWasTyped()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var session = await SignInAsync(userName);
        await session.GetStringAsync(TwoFactorTestSteps.Page);
        var wrong = await TwoFactorTestSteps.WrongCodeForAsync(userName);

        var response = await session.SubmitFormAsync(TwoFactorTestSteps.Page, new() { ["Input.Code"] = wrong }, TwoFactorTestSteps.Page + "?handler=Enable");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("href=\"#Input_Code\"");
        html.ShouldContain("Koden stämmer inte. Skriv den sexsiffriga kod som appen visar just nu.");
        html.ShouldContain($"value=\"{wrong}\"");
        (await TwoFactorEnabledAsync(userName)).ShouldBeFalse();
    }

    [Fact]
    public async Task Setup_RightCode_TurnsItOn_ShowsTenRecoveryCodesOnce_AndSignInThenAsksForACode()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var session = await SignInAsync(userName);

        var codes = await session.SetUpAuthenticatorAsync(userName);

        codes.Count.ShouldBe(10);
        codes.Distinct().Count().ShouldBe(10);
        (await TwoFactorEnabledAsync(userName)).ShouldBeTrue();
        var later = await session.GetStringAsync(TwoFactorTestSteps.Page);
        TwoFactorTestSteps.RecoveryCodesIn(later).ShouldBeEmpty();
        later.ShouldContain("Återställningskoder kvar: 10");
        var login = await Anonymous().SubmitFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = AppFixture.Password });
        login.Headers.Location!.OriginalString.ShouldStartWith("/Account/LoginWithCode");
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce_ThenIsRefused()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var codes = await (await SignInAsync(userName)).SetUpAuthenticatorAsync(userName);

        var first = await SignInWithRecoveryCodeAsync(userName, codes[3]);
        var again = await SignInWithRecoveryCodeAsync(userName, codes[3]);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.OriginalString.ShouldBe("/");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.TextAsync()).ShouldContain("Återställningskoden stämmer inte, eller så har den redan använts.");
    }

    [Fact]
    public async Task NewRecoveryCodes_ReplaceTheOldOnes()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var session = await SignInAsync(userName);
        var old = await session.SetUpAuthenticatorAsync(userName);

        var response = await session.SubmitFormAsync(TwoFactorTestSteps.Page, [], TwoFactorTestSteps.Page + "?handler=RecoveryCodes");

        var html = await response.TextAsync();
        html.ShouldContain("Nya återställningskoder är skapade; de gamla fungerar inte längre.");
        var fresh = TwoFactorTestSteps.RecoveryCodesIn(html);
        fresh.Count.ShouldBe(10);
        (await SignInWithRecoveryCodeAsync(userName, old[0])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SignInWithRecoveryCodeAsync(userName, fresh[0])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SocialWorker_MayTurnItOff_AndThenSignsInWithThePasswordAlone()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var session = await SignInAsync(userName);
        await session.SetUpAuthenticatorAsync(userName);

        var response = await session.SubmitFormAsync(TwoFactorTestSteps.Page, [], TwoFactorTestSteps.Page + "?handler=Disable");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetStringAsync(TwoFactorTestSteps.Page)).ShouldContain("Tvåstegsverifiering är avstängd.");
        (await TwoFactorEnabledAsync(userName)).ShouldBeFalse();
        var login = await Anonymous().SubmitFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = AppFixture.Password });
        login.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("loggkontroll")]
    public async Task WhereItIsRequired_ItCannotBeTurnedOff(string userName)
    {
        var session = await SignInAsync(userName);

        var page = await session.GetStringAsync(TwoFactorTestSteps.Page);
        var response = await session.SubmitFormAsync(TwoFactorTestSteps.Page, [], TwoFactorTestSteps.Page + "?handler=Disable");

        page.ShouldContain("Din roll kräver tvåstegsverifiering, så den kan inte stängas av.");
        page.ShouldNotContain("Stäng av tvåstegsverifiering");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        (await TwoFactorEnabledAsync(userName)).ShouldBeTrue();
    }

    private async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(string userName, string code)
    {
        var session = Anonymous();
        await session.SubmitFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = AppFixture.Password });
        return await session.SubmitFormAsync("/Account/LoginWithRecoveryCode", new() { ["Input.Code"] = code });
    }

    private async Task<bool> TwoFactorEnabledAsync(string userName)
    {
        await using var db = App.NewDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.TwoFactorEnabled).SingleAsync();
    }
}

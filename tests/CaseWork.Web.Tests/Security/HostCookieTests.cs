using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Security;

/// <summary>Every cookie is a <c>__Host-</c> cookie: Secure, Path=/, no Domain, HttpOnly, SameSite.</summary>
public class HostCookieTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task SigningIn_SetsTheAuthAndAntiforgeryCookies_AsHostCookies()
    {
        var session = Anonymous();

        var form = await session.GetAsync("/Account/Login");
        var signedIn = await session.SubmitFormAsync("/Account/Login", new() { ["Input.UserName"] = "chef", ["Input.Password"] = AppFixture.Password });

        form.SetCookies().ShouldContain(c => c.StartsWith("__Host-CaseWork.Antiforgery=", StringComparison.Ordinal));
        form.ShouldSetOnlyHostCookies("sign-in form");
        var auth = signedIn.SetCookies().ShouldHaveSingleItem();
        auth.ShouldStartWith("__Host-CaseWork.Auth=");
        auth.ToLowerInvariant().ShouldContain("samesite=strict");
        signedIn.ShouldSetOnlyHostCookies("sign-in");
        signedIn.ShouldNotBeStored("sign-in");
    }

    [Fact]
    public async Task TheLanguageChoice_IsAHostCookie_AndTakesEffect()
    {
        var session = Anonymous();

        var switched = await session.SubmitFormAsync("/Account/Login", new() { ["culture"] = "en-GB" }, postUrl: "/Culture?returnUrl=/Account/Login");

        switched.SetCookies().ShouldHaveSingleItem().ShouldStartWith("__Host-CaseWork.Culture=");
        switched.ShouldSetOnlyHostCookies("language switch");
        (await session.GetStringAsync("/Account/Login")).ShouldContain("Sign in to CaseWork");
    }

    [Fact]
    public async Task TheSavedMessage_TravelsInAHostCookie()
    {
        var session = await SignInAsync(await App.CreateUserAsync(Roles.SocialWorker));

        var changed = await session.SubmitFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = AppFixture.Password, ["Input.NewPassword"] = "a-long-new-passphrase", ["Input.ConfirmPassword"] = "a-long-new-passphrase",
        });

        changed.SetCookies().ShouldContain(c => c.StartsWith("__Host-CaseWork.TempData=", StringComparison.Ordinal));
        changed.ShouldSetOnlyHostCookies("saved password");
        (await session.GetStringAsync("/Account/ChangePassword")).ShouldContain("Ditt lösenord är bytt.");
    }
}

using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Web.Startup;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.CaseReviews;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// Signing out, a new password, a deactivation or an administrator's "end sessions" ends the session at once: the
/// session is held on the server, so a copy of its cookie opens nothing afterwards.
/// </summary>
public partial class SessionEndTests(AppFixture app) : AppTest(app)
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
        (await SessionRowsAsync(userName)).ShouldBe(1, "the other session's row goes at once");
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
        (await SessionRowsAsync(userName)).ShouldBe(0, "the rows go at once, on every instance");
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

        (await SessionRowsAsync(userName)).ShouldBe(0, "the rows go at once, on every instance");
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

    [Fact]
    public async Task ASessionIdleLongerThanTheTimeout_OpensNothing()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var session = await SignInAsync(userName);

        await MoveSessionsAsync(userName, lastSeen: TimeSpan.FromMinutes(-31));

        await ShouldBeSentToSignInAsync(session);
        (await SessionRowsAsync(userName)).ShouldBe(0, "an ended session's row is deleted when it is read");
    }

    [Fact]
    public async Task ASessionIdleWithinTheTimeout_KeepsWorking_AndIsSeenAgain()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var session = await SignInAsync(userName);

        await MoveSessionsAsync(userName, lastSeen: TimeSpan.FromMinutes(-29));

        (await session.GetAsync("/Applicants")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await MoveSessionsAsync(userName, lastSeen: TimeSpan.FromMinutes(-2));
        (await session.GetAsync("/Applicants")).StatusCode.ShouldBe(HttpStatusCode.OK, "29 + 2 minutes, but seen in between");
    }

    [Fact]
    public async Task TheAbsoluteLifetime_EndsEvenAnActiveSession()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var session = await SignInAsync(userName);
        (await session.GetAsync("/Applicants")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await MoveSessionsAsync(userName, created: TimeSpan.FromHours(-10).Add(TimeSpan.FromMinutes(-1)));

        await ShouldBeSentToSignInAsync(session);
    }

    [Fact]
    public async Task KeepWorking_MarksTheSessionAsSeen_AndNeedsTheFormToken()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var session = await SignInAsync(userName);
        var page = await session.GetStringAsync("/Applicants");
        page.ShouldContain("id=\"session-warning\"");
        page.ShouldContain("Fortsätt arbeta");
        page.ShouldContain("/js/session-warning.js");
        await MoveSessionsAsync(userName, lastSeen: TimeSpan.FromMinutes(-25));

        (await session.PostAsync("/Account/KeepAlive", [])).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var kept = await session.SubmitFormAsync("/Applicants", [], postUrl: "/Account/KeepAlive");

        kept.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await MoveSessionsAsync(userName, lastSeen: TimeSpan.FromMinutes(-10));
        (await session.GetAsync("/Applicants")).StatusCode.ShouldBe(HttpStatusCode.OK, "25 + 10 minutes, but kept alive in between");
    }

    [Fact]
    public async Task AUserEndsTheirOtherSession_AndItsCookieOpensNothing()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var office = await SignInAsync(userName);
        var home = await SignInAsync(userName);
        var page = await office.GetStringAsync("/Account/Sessions");
        page.ShouldContain("Den här sessionen");
        var other = SessionRows(page).Single(r => !r.Current).Id;

        var ended = await office.SubmitFormAsync("/Account/Sessions", [], postUrl: $"/Account/Sessions/{other}?handler=End");

        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ShouldBeSentToSignInAsync(home);
        (await office.GetAsync("/Applicants")).StatusCode.ShouldBe(HttpStatusCode.OK);
        SessionRows(await office.GetStringAsync("/Account/Sessions")).ShouldHaveSingleItem().Current.ShouldBeTrue();
    }

    [Fact]
    public async Task EndAllOthers_EndsEverySessionButThisOne()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var office = await SignInAsync(userName);
        var home = await SignInAsync(userName);
        var phone = await SignInAsync(userName);

        var ended = await office.SubmitFormAsync("/Account/Sessions", [], postUrl: "/Account/Sessions?handler=EndOthers");

        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ShouldBeSentToSignInAsync(home);
        await ShouldBeSentToSignInAsync(phone);
        (await office.GetAsync("/Applicants")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AUserCannotEndAnotherUsersSession()
    {
        var victimName = await App.CreateUserAsync(Roles.SocialWorker);
        var victim = await SignInAsync(victimName);
        var attacker = await SignInAsync(await App.CreateUserAsync(Roles.SocialWorker));
        var victimId = await App.UserIdAsync(victimName);
        string key;
        await using (var db = App.NewDbContext())
        {
            key = await db.UserSessions.Where(s => s.UserId == victimId).Select(s => s.Key).SingleAsync();
        }

        var response = await attacker.SubmitFormAsync("/Account/Sessions", [], postUrl: $"/Account/Sessions/{ServerSessionStore.PublicId(key)}?handler=End");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await victim.GetAsync("/Applicants")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnAdministratorEndsAllTheUsersSessions_Audited()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var office = await SignInAsync(userName);
        var home = await SignInAsync(userName);
        var admin = await SignInAsync("admin");
        var edit = $"/Admin/Users/{await App.UserIdAsync(userName)}/Edit";
        (await admin.GetStringAsync(edit)).ShouldContain("Avsluta sessioner");

        var ended = await admin.SubmitFormAsync(edit, [], postUrl: edit + "?handler=EndSessions");

        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ShouldBeSentToSignInAsync(office);
        await ShouldBeSentToSignInAsync(home);
        await using var db = App.NewDbContext();
        (await db.AuditEntries.AnyAsync(a => a.UserName == "admin" && a.Detail == userName + ": 2 sessions ended")).ShouldBeTrue();
    }

    [Fact]
    public async Task EndingSessions_IsRefusedToSomeoneNotAnAdministrator()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var user = await SignInAsync(userName);
        var colleague = await SignInAsync(await App.CreateUserAsync(Roles.UnitHead));
        var edit = $"/Admin/Users/{await App.UserIdAsync(userName)}/Edit";

        var refused = await colleague.SubmitFormAsync("/Applicants", [], postUrl: edit + "?handler=EndSessions");

        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await user.GetAsync("/Applicants")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static List<(string Id, bool Current)> SessionRows(string html) =>
        SessionRowPattern().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value.Contains("Den här sessionen", StringComparison.Ordinal))).ToList();

    [System.Text.RegularExpressions.GeneratedRegex("<tr data-session=\"([0-9a-f]+)\">(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex SessionRowPattern();

    /// <summary>
    /// Moves the user's sessions back in time by <paramref name="lastSeen"/> and <paramref name="created"/>, as the
    /// clock moving on would: the app reads both from the row on each request.
    /// </summary>
    private async Task MoveSessionsAsync(string userName, TimeSpan? lastSeen = null, TimeSpan? created = null)
    {
        var userId = await App.UserIdAsync(userName);
        await using var db = App.NewDbContext();
        var now = AppTime.UtcNow;
        if (lastSeen is { } seen)
        {
            await db.UserSessions.Where(s => s.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now + seen));
        }

        if (created is { } since)
        {
            await db.UserSessions.Where(s => s.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, now + since));
        }
    }

    private async Task<int> SessionRowsAsync(string userName)
    {
        var userId = await App.UserIdAsync(userName);
        await using var db = App.NewDbContext();
        return await db.UserSessions.CountAsync(s => s.UserId == userId);
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

using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Domain.Auditing;
using CaseWork.Infrastructure.Identity;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Admin;

public class UserAdministrationTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Create_WithAGroupOfAnotherUnit_IsRefused_WithOwnGroup_IsPlaced()
    {
        await using var db = App.NewDbContext();
        var foreignGroup = await db.WorkGroups.FirstAsync(g => g.UnitId == Org.HagerstenUnit);
        var ownGroup = await db.WorkGroups.FirstAsync(g => g.UnitId == Org.SpangaTenstaUnit);
        var session = await SignInAsync("admin");
        var userName = "grupp." + Guid.NewGuid().ToString("N")[..6];

        var refused = await session.SubmitFormAsync("/Admin/Users/Create", Form(userName, foreignGroup.Id));
        var created = await session.SubmitFormAsync("/Admin/Users/Create", Form(userName, ownGroup.Id));

        (await refused.TextAsync()).ShouldContain("Välj en grupp i den valda enheten, eller ingen.");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        user.UnitId.ShouldBe(Org.SpangaTenstaUnit);
        user.DistrictId.ShouldBe(Org.SpangaTenstaDistrict);
        user.GroupId.ShouldBe(ownGroup.Id);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.UserCreated)).ShouldBe(1);
    }

    [Fact]
    public async Task Create_TakenUserNameOrShortPassword_IsExplainedInSwedish()
    {
        var session = await SignInAsync("admin");

        var taken = await session.SubmitFormAsync("/Admin/Users/Create", Form("chef", groupId: null));
        var shortPassword = await session.SubmitFormAsync("/Admin/Users/Create", Form("ny.person", groupId: null, password: "kort"));

        (await taken.TextAsync()).ShouldContain("Användarnamnet chef är upptaget.");
        (await shortPassword.TextAsync()).ShouldContain("Lösenordet måste ha minst 12 tecken.");
    }

    [Fact]
    public async Task Edit_ChangesTheRoleAndPlace()
    {
        var session = await SignInAsync("admin");
        var userName = "byter.roll" + Guid.NewGuid().ToString("N")[..4];
        (await session.SubmitFormAsync("/Admin/Users/Create", Form(userName, groupId: null))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByNameAsync(userName))!;

        var response = await session.SubmitFormAsync($"/Admin/Users/{user.Id}/Edit", new()
        {
            ["Input.DisplayName"] = "Nu Chef", ["Input.Role"] = Roles.Manager, ["Input.DistrictId"] = Org.HagerstenDistrict.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ConcurrencyStamp"] = user.ConcurrencyStamp!,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var after = App.Factory.Services.CreateAsyncScope();
        var reread = after.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var changed = (await reread.FindByNameAsync(userName))!;
        (await reread.GetRolesAsync(changed)).ShouldBe([Roles.Manager]);
        changed.DistrictId.ShouldBe(Org.HagerstenDistrict);
        changed.UnitId.ShouldBeNull();
        changed.SecurityStamp.ShouldNotBe(user.SecurityStamp);
    }

    [Fact]
    public async Task Deactivate_OwnAccount_IsRefused()
    {
        var session = await SignInAsync("admin");

        await session.SubmitFormAsync($"/Admin/Users/{Org.UserIds["admin"]}/Edit", [], postUrl: $"/Admin/Users/{Org.UserIds["admin"]}/Edit?handler=Deactivate");

        await using var db = App.NewDbContext();
        (await db.Users.SingleAsync(u => u.UserName == "admin")).IsActive.ShouldBeTrue();
    }

    private Dictionary<string, string> Form(string userName, int? groupId, string password = "ett-långt-lösenord") => new()
    {
        ["Input.UserName"] = userName,
        ["Input.DisplayName"] = "Gunilla Grupp",
        ["Input.Role"] = Roles.SocialWorker,
        ["Input.UnitId"] = Org.SpangaTenstaUnit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.GroupId"] = groupId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task SetPassword_ForAUserWhoForgotIt_WorksAndShortOnesAreRefused()
    {
        var session = await SignInAsync("admin");
        var userName = "glomsk" + Guid.NewGuid().ToString("N")[..4];
        (await session.SubmitFormAsync("/Admin/Users/Create", Form(userName, groupId: null))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = App.NewDbContext();
        var userId = (await db.Users.SingleAsync(u => u.UserName == userName)).Id;
        var edit = $"/Admin/Users/{userId}/Edit";

        var refused = await session.SubmitFormAsync(edit, new() { ["NewPassword"] = "kort" }, postUrl: edit + "?handler=SetPassword");
        var set = await session.SubmitFormAsync(edit, new() { ["NewPassword"] = "ett-helt-nytt-lösenord" }, postUrl: edit + "?handler=SetPassword");

        var refusedHtml = await refused.TextAsync();
        refusedHtml.ShouldContain("Lösenordet måste ha minst 12 tecken.");
        refusedHtml.ShouldContain($"Ändra användare: {userName}");
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await Should.NotThrowAsync(() => HttpSession.SignInAsync(App.BaseAddress, userName, "ett-helt-nytt-lösenord"));
        await Should.ThrowAsync<InvalidOperationException>(() => HttpSession.SignInAsync(App.BaseAddress, userName, "ett-långt-lösenord"));
    }
}

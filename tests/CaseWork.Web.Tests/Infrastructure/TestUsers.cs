using CaseWork.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Infrastructure;

public static class TestUsers
{
    /// <summary>A new user of Spånga-Tensta's unit with the demo password, for tests that change or lock their account.</summary>
    public static async Task<string> CreateUserAsync(this AppFixture app, string role, bool active = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = "test." + Guid.NewGuid().ToString("N")[..10],
            DisplayName = "Test Person",
            UnitId = app.Organisation.SpangaTenstaUnit,
            DistrictId = app.Organisation.SpangaTenstaDistrict,
            IsActive = active,
            LockoutEnabled = true,
        };
        (await users.CreateAsync(user, AppFixture.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return user.UserName;
    }
}

using CaseWork.Infrastructure.Identity;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Account;

public class BootstrapTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task EnsureAdministrator_WhenOneExists_CreatesNoOther()
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        await initializer.EnsureAdministratorAsync("second.admin", "a-long-bootstrap-password");

        (await users.FindByNameAsync("second.admin")).ShouldBeNull();
    }
}

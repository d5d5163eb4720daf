namespace CaseWork.Web.Pages.Admin.Users;

public static class UserServices
{
    public static IServiceCollection AddUserAdministration(this IServiceCollection services) => services.AddScoped<Placement>();
}

using CaseWork.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CaseWork.Web.Startup;

/// <summary>Tells the person who ran scripts/run where the app is and how to sign in.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine($"CaseWork is running at {string.Join(", ", addresses)}   (Ctrl-C stops it)");
        if (app.Environment.IsDevelopment())
        {
            Console.WriteLine($"Demo logins, all with the password {DemoOrganisation.DemoPassword}:");
            foreach (var login in DemoDataSeeder.Logins)
            {
                Console.WriteLine($"  {login.UserName,-22} {login.Role,-14} {login.District ?? "Stockholm (city)"}");
            }

            Console.WriteLine($"Administrators and log checkers also need a code from an authenticator app with the demo key {DemoOrganisation.DemoAuthenticatorKey} (README).");
        }

        Console.WriteLine();
    }
}

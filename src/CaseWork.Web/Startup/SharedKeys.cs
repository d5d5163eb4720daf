using Microsoft.AspNetCore.DataProtection;

namespace CaseWork.Web.Startup;

/// <summary>
/// The Data Protection key ring, which encrypts the auth cookie, the antiforgery tokens and TempData, lives in
/// PostgreSQL: every instance reads the same keys, so a user signed in on one instance is signed in on all, and a form
/// served by one can be posted to another. The fixed application name keeps that true whatever path each instance
/// is installed in.
/// </summary>
public static class SharedKeys
{
    public const string ApplicationName = "CaseWork";

    public static void AddSharedKeys(this IServiceCollection services) =>
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<CaseWorkDbContext>();
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace CaseWork.Infrastructure.Seeding;

/// <summary>Brings the database to the latest migration and makes sure the roles exist; seeds demo data on request.</summary>
public sealed class DatabaseInitializer(
    CaseWorkDbContext db,
    RoleManager<IdentityRole> roles,
    UserManager<AppUser> users,
    DemoDataSeeder demo,
    ILogger<DatabaseInitializer> logger)
{
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(10);

    public async Task InitializeAsync(bool seedDemoData, int demoApplicants, CancellationToken cancellationToken = default)
    {
        // Creating the history table first spares a fresh database EF Core's logged "relation does not exist" error.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        // A migration that fills a new table from every file (RetentionLastEntry) takes longer than the default 30 s
        // at national scale.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(MigrationTimeout);
        await db.Database.MigrateAsync(cancellationToken);
        db.Database.SetCommandTimeout(timeout);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await JobbtorgCatalogue.EnsureAsync(db, cancellationToken);
        if (seedDemoData && !await db.Districts.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Empty database: seeding demo data");
            await demo.SeedAsync(demoApplicants, cancellationToken);
        }
    }

    /// <summary>
    /// A production database starts with no users: when none holds the Administrator role, this creates the first
    /// administrator from configuration, who then creates everyone else.
    /// </summary>
    public async Task EnsureAdministratorAsync(string userName, string password)
    {
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var admin = new AppUser { UserName = userName, DisplayName = userName, LockoutEnabled = true };
        var result = await users.CreateAsync(admin, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(admin, Roles.Administrator);
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "Could not create the first administrator: " + string.Join(", ", result.Errors.Select(e => e.Description)));
        }

        logger.LogInformation("Created the first administrator {UserName}", userName);
    }
}

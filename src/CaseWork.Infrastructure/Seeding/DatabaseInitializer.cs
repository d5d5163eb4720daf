using CaseWork.Domain.Access;
using CaseWork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace CaseWork.Infrastructure.Seeding;

/// <summary>Brings the database to the latest migration and makes sure the roles exist; seeds demo data on request.</summary>
public sealed class DatabaseInitializer(
    CaseWorkDbContext db,
    RoleManager<IdentityRole> roles,
    DemoDataSeeder demo,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoData, int demoApplicants, CancellationToken cancellationToken = default)
    {
        // Creating the history table first spares a fresh database EF Core's logged "relation does not exist" error.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (seedDemoData && !await db.Districts.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Empty database: seeding demo data");
            await demo.SeedAsync(demoApplicants, cancellationToken);
        }
    }
}

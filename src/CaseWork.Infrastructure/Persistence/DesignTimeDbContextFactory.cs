using CaseWork.Infrastructure.Access;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseWork.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CaseWorkDbContext>
{
    public CaseWorkDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CaseWorkDbContext>();
        PersistenceServices.Configure(options, "Host=localhost;Database=casework_design");
        return new CaseWorkDbContext(options.Options, new SystemUser());
    }
}

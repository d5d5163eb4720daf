using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>Ids of the seeded organisation and logins that tests refer to.</summary>
public sealed record OrganisationIds(
    int SpangaTenstaDistrict,
    int SpangaTenstaUnit,
    int HagerstenDistrict,
    int HagerstenUnit,
    IReadOnlyDictionary<string, string> UserIds)
{
    public static async Task<OrganisationIds> LoadAsync(CaseWorkDbContext db)
    {
        await using (db)
        {
            var units = await db.Units.AsNoTracking().ToListAsync();
            var districts = await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Name, d => d.Id);
            var st = districts[DemoOrganisation.SpangaTensta];
            var hl = districts[DemoOrganisation.HagerstenLiljeholmen];
            var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.Id);
            return new OrganisationIds(st, units.Single(u => u.DistrictId == st).Id, hl, units.Single(u => u.DistrictId == hl).Id, users);
        }
    }
}

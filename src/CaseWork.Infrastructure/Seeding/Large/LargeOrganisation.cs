using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>
/// Grows the organisation to the size the large set needs: about <see cref="CasesPerWorker"/> cases a social worker,
/// about <see cref="WorkersPerUnit"/> social workers a unit and <see cref="UnitsPerDistrict"/> units a district, as
/// a city of that size has them. Each demo district keeps its profile and is the first of its kind; the districts
/// added after it are named after it ("Spånga-Tensta 2") and follow its profile. The social workers are copied in
/// with one password hash computed once (the demo password), and a demo social worker who has more cases than a
/// caseload hands the surplus to the colleagues of the unit. Running it again for the same size adds nothing.
/// </summary>
internal static class LargeOrganisation
{
    public const int CasesPerWorker = 70;
    public const int WorkersPerUnit = 12;
    public const int MostWorkersPerUnit = 15;
    public const int UnitsPerDistrict = 8;

    /// <summary>The demo district a district follows: "Spånga-Tensta 3" follows "Spånga-Tensta".</summary>
    public static string FamilyOf(string district)
    {
        ArgumentNullException.ThrowIfNull(district);
        var space = district.LastIndexOf(' ');
        return space > 0 && int.TryParse(district.AsSpan(space + 1), out _) ? district[..space] : district;
    }

    /// <param name="applicants">How many large-set applicants there will be when this load is done.</param>
    public static async Task EnsureAsync(
        CaseWorkDbContext db, NpgsqlConnection connection, string passwordHash, int applicants, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var families = DemoOrganisation.Districts
            .Select(d => (d.Code, District: districts.FirstOrDefault(x => x.Name == d.District)))
            .Where(f => f.District is not null)
            .Select(f => (f.Code, f.District!.Name, DistrictProfile.For(f.District.Name).Weight))
            .ToList();
        if (families.Count == 0)
        {
            return;
        }

        // The plan: every unit the size needs, by district and name, with how many social workers it should have.
        var workersNeeded = (int)Math.Ceiling(applicants / (double)CasesPerWorker);
        var totalWeight = families.Sum(f => f.Weight);
        var plan = new List<(string Code, string District, string Unit, int Ordinal, int Workers)>();
        foreach (var (code, family, weight) in families)
        {
            var workers = Math.Max(1, (int)Math.Round(workersNeeded * weight / totalWeight));
            var units = Math.Max(1, (int)Math.Round(workers / (double)WorkersPerUnit));
            if (workers > units * MostWorkersPerUnit)
            {
                units++;
            }
            var districtCount = (units + UnitsPerDistrict - 1) / UnitsPerDistrict;
            for (var u = 0; u < units; u++)
            {
                var district = u % districtCount == 0 ? family : $"{family} {(u % districtCount) + 1}";
                var inDistrict = u / districtCount;
                var unit = inDistrict == 0 ? DemoOrganisation.UnitName(district) : $"{DemoOrganisation.UnitName(district)} {inDistrict + 1}";
                plan.Add((code, district, unit, u + 1, (workers / units) + (u < workers % units ? 1 : 0)));
            }
        }

        foreach (var name in plan.Select(p => p.District).Distinct().Where(n => districts.All(d => d.Name != n)))
        {
            db.Districts.Add(new District(name));
        }

        await db.SaveChangesAsync(cancellationToken);
        var districtIds = await db.Districts.ToDictionaryAsync(d => d.Name, d => d.Id, cancellationToken);
        var existingUnits = await db.Units.Select(u => new { u.DistrictId, u.Name }).ToListAsync(cancellationToken);
        foreach (var (_, district, unit, _, _) in plan.Where(p => !existingUnits.Any(u => u.DistrictId == districtIds[p.District] && u.Name == p.Unit)))
        {
            db.Units.Add(new Unit(districtIds[district], unit));
        }

        await db.SaveChangesAsync(cancellationToken);
        var unitIds = await db.Units.ToDictionaryAsync(u => (u.DistrictId, u.Name), u => u.Id, cancellationToken);
        var role = await db.Roles.Where(r => r.Name == Roles.SocialWorker).Select(r => r.Id).SingleAsync(cancellationToken);
        var present = await db.Users.AsNoTracking()
            .Where(u => u.UnitId != null && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == role))
            .GroupBy(u => u.UnitId!.Value).Select(g => new { Unit = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Unit, g => g.Count, cancellationToken);
        var taken = (await db.Users.Select(u => u.NormalizedUserName!).ToListAsync(cancellationToken)).ToHashSet();

        var names = new SeedRandom(20_261_207);
        var staff = new List<StaffRow>();
        foreach (var (code, district, unit, ordinal, workers) in plan)
        {
            var unitId = unitIds[(districtIds[district], unit)];
            for (var (number, count) = (1, present.GetValueOrDefault(unitId)); count < workers; number++)
            {
                var userName = string.Create(CultureInfo.InvariantCulture, $"handlaggare.{code}{ordinal:000}.{number:00}");
                if (taken.Add(userName.ToUpperInvariant()))
                {
                    staff.Add(new StaffRow(StableId(userName), userName, $"{PersonNames.FirstName(names)} {PersonNames.Surname(names)}", districtIds[district], unitId));
                    count++;
                }
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await CopyStaffAsync(connection, staff, role, passwordHash, cancellationToken);
        await HandOverSurplusAsync(connection, role, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task CopyStaffAsync(NpgsqlConnection connection, List<StaffRow> staff, string role, string passwordHash, CancellationToken cancellationToken)
    {
        if (staff.Count == 0)
        {
            return;
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY \"AspNetUsers\" (id, user_name, normalized_user_name, display_name, district_id, unit_id, password_hash, security_stamp, " +
            "concurrency_stamp, lockout_enabled, access_failed_count, two_factor_enabled, email_confirmed, phone_number_confirmed, is_active) " +
            "FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var user in staff)
            {
                await importer.StartRowAsync(cancellationToken);
                importer.Write(user.Id, NpgsqlDbType.Varchar);
                importer.Write(user.UserName, NpgsqlDbType.Varchar);
                importer.Write(user.UserName.ToUpperInvariant(), NpgsqlDbType.Varchar);
                importer.Write(user.DisplayName, NpgsqlDbType.Varchar);
                importer.Write(user.DistrictId, NpgsqlDbType.Integer);
                importer.Write(user.UnitId, NpgsqlDbType.Integer);
                importer.Write(passwordHash, NpgsqlDbType.Text);
                importer.Write(StableId(user.UserName + "/stamp").ToUpperInvariant(), NpgsqlDbType.Text);
                importer.Write(StableId(user.UserName + "/concurrency"), NpgsqlDbType.Text);
                importer.Write(true, NpgsqlDbType.Boolean);
                importer.Write(0, NpgsqlDbType.Integer);
                importer.Write(false, NpgsqlDbType.Boolean);
                importer.Write(false, NpgsqlDbType.Boolean);
                importer.Write(false, NpgsqlDbType.Boolean);
                importer.Write(true, NpgsqlDbType.Boolean);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using var roles = await connection.BeginBinaryImportAsync("COPY \"AspNetUserRoles\" (user_id, role_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var user in staff)
        {
            await roles.StartRowAsync(cancellationToken);
            roles.Write(user.Id, NpgsqlDbType.Text);
            roles.Write(role, NpgsqlDbType.Text);
        }

        await roles.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// The cases of a social worker beyond a caseload (the demo's few social workers share a unit's demo cases) go in
    /// turn to the colleagues of the unit who have no more than a caseload, oldest first kept.
    /// </summary>
    private static async Task HandOverSurplusAsync(NpgsqlConnection connection, string role, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            WITH loads AS (
                SELECT assigned_worker_id AS id, count(*) AS cases FROM applicants WHERE assigned_worker_id IS NOT NULL GROUP BY assigned_worker_id),
            takers AS (
                SELECT u.id, u.unit_id, row_number() OVER (PARTITION BY u.unit_id ORDER BY u.user_name) - 1 AS slot,
                       count(*) OVER (PARTITION BY u.unit_id) AS n
                FROM "AspNetUsers" u
                JOIN "AspNetUserRoles" r ON r.user_id = u.id AND r.role_id = @role
                LEFT JOIN loads l ON l.id = u.id
                WHERE u.unit_id IS NOT NULL AND coalesce(l.cases, 0) <= @caseload),
            surplus AS (
                SELECT id, unit_id, row_number() OVER (PARTITION BY unit_id ORDER BY id) - 1 AS k
                FROM (SELECT a.id, a.unit_id, row_number() OVER (PARTITION BY a.assigned_worker_id ORDER BY a.id) AS rank
                      FROM applicants a JOIN loads l ON l.id = a.assigned_worker_id AND l.cases > @caseload) ranked
                WHERE rank > @caseload)
            UPDATE applicants a SET assigned_worker_id = t.id
            FROM surplus s JOIN takers t ON t.unit_id = s.unit_id AND t.slot = s.k % t.n
            WHERE a.id = s.id
            """, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("role", role);
        command.Parameters.AddWithValue("caseload", (long)CasesPerWorker);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The same id for the same user name in every load, so that the set repeats.</summary>
    private static string StableId(string text) => new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16)).ToString();

    private sealed record StaffRow(string Id, string UserName, string DisplayName, int DistrictId, int UnitId);
}

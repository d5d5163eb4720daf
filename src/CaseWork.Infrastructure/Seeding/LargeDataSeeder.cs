using System.Diagnostics;
using CaseWork.Domain.Applicants;
using CaseWork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Infrastructure.Seeding;

/// <summary>
/// Loads a large register for benchmarks (500,000 applicants with twelve aid months each) through PostgreSQL binary COPY.
/// Serial numbers 500-999 keep these personnummer apart from the demo applicants'.
/// </summary>
public sealed class LargeDataSeeder(CaseWorkDbContext db, TimeProvider clock, ILogger<LargeDataSeeder> logger)
{
    private const int SerialsPerDay = 500;

    private static readonly string[] FirstNames =
        ["Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Fatima", "Amina", "Leila", "Erik", "Lars", "Karl",
         "Johan", "Anders", "Per", "Mohamed", "Ali", "Ahmed", "Hassan", "Elin", "Ida", "Nora", "Omar", "Yusuf", "Mikael"];

    private static readonly string[] LastNames =
        ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
         "Gustafsson", "Pettersson", "Jonsson", "Hassan", "Mohamed", "Ali", "Ahmed", "Yilmaz", "Lindberg", "Åberg", "Öberg"];

    public async Task<TimeSpan> SeedAsync(int count, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.DistrictId }).ToListAsync(cancellationToken);
        if (units.Count == 0)
        {
            throw new InvalidOperationException("Seed the organisation first (start the app once in Development).");
        }

        var start = await db.Applicants.IgnoreQueryFilters().CountAsync(a => a.PersonalIdentityNumber.Substring(8, 3).CompareTo("500") >= 0, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var now = clock.GetUtcNow();
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var random = new Random(500_000);
        var ids = new Guid[count];

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        try
        {
            await using (var writer = await connection.BeginBinaryImportAsync(
                "COPY applicants (id, personal_identity_number, first_name, last_name, household, number_of_children, reason, " +
                "has_protected_identity, district_id, unit_id, registered_at, city) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                for (var i = 0; i < count; i++)
                {
                    var n = start + i;
                    var unit = units[n % units.Count];
                    ids[i] = Guid.CreateVersion7(now);
                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync(ids[i], NpgsqlDbType.Uuid, cancellationToken);
                    await writer.WriteAsync(Pin(n), NpgsqlDbType.Char, cancellationToken);
                    await writer.WriteAsync(FirstNames[random.Next(FirstNames.Length)], NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(LastNames[random.Next(LastNames.Length)], NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(random.Next(3) == 0 ? nameof(HouseholdType.Couple) : nameof(HouseholdType.SingleAdult), NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(random.Next(4), NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(((AidReason)random.Next(6)).ToString(), NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                    await writer.WriteAsync(unit.DistrictId, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(unit.Id, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                    await writer.WriteAsync("Stockholm", NpgsqlDbType.Varchar, cancellationToken);
                }

                await writer.CompleteAsync(cancellationToken);
            }

            await using (var writer = await connection.BeginBinaryImportAsync(
                "COPY aid_months (applicant_id, month, decision) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var id in ids)
                {
                    for (var m = 0; m < 12; m++)
                    {
                        await writer.StartRowAsync(cancellationToken);
                        await writer.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                        await writer.WriteAsync(firstMonth.AddMonths(m), NpgsqlDbType.Date, cancellationToken);
                        await writer.WriteAsync(random.Next(10) == 0 ? nameof(AidDecision.Refused) : nameof(AidDecision.Granted), NpgsqlDbType.Varchar, cancellationToken);
                    }
                }

                await writer.CompleteAsync(cancellationToken);
            }

            await db.Database.ExecuteSqlRawAsync("ANALYZE applicants; ANALYZE aid_months;", cancellationToken);
        }
        finally
        {
            await connection.CloseAsync();
        }

        logger.LogInformation("Loaded {Count} applicants with 12 aid months each in {Elapsed}", count, stopwatch.Elapsed);
        return stopwatch.Elapsed;
    }

    /// <summary>A distinct valid personnummer per index: 500 serials a day from 1950-01-01 on.</summary>
    private static string Pin(int n) =>
        TestPersonalIdentityNumbers.Make(new DateOnly(1950, 1, 1).AddDays(n / SerialsPerDay), SerialsPerDay + (n % SerialsPerDay));
}

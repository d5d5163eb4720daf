using CaseWork.Domain.Applicants;
using CaseWork.Domain.People;
using CaseWork.Infrastructure.Access;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using Respawn;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>
/// Starts the app once for the whole run (real Kestrel, real PostgreSQL, migrated once), seeds the organisation and
/// the demo logins, and launches the system Chromium. <see cref="ResetAsync"/> empties the case tables between tests.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string Password = DemoOrganisation.DemoPassword;

    /// <summary>The tables a reset leaves as they are: seeded once per run (see <see cref="InitializeAsync"/>).</summary>
    public static readonly string[] KeptTables =
    [
        "__EFMigrationsHistory",
        "districts", "units", "work_groups", "job_centres", "resurs_places", "intervention_types",
        "AspNetUsers", "AspNetRoles", "AspNetUserRoles", "AspNetUserClaims", "AspNetRoleClaims", "AspNetUserLogins", "AspNetUserTokens",
        "user_sessions", "data_protection_keys",
    ];

    private Respawner _respawner = null!;
    private IPlaywright? _playwright;

    public CaseWorkAppFactory Factory { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public OrganisationIds Organisation { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await TestDatabase.RecreateAsync();
        Factory = new CaseWorkAppFactory();
        BaseAddress = Factory.StartOnKestrel();

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedOrganisationAndLoginsAsync();
        }

        Organisation = await OrganisationIds.LoadAsync(NewDbContext());

        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // Every table is emptied between tests except these: the migrations, the organisation and its reference
            // lists, and the demo logins with their sessions and keys, seeded once. A new table is reset without a list.
            TablesToIgnore = [.. KeptTables],
        });

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CASEWORK_CHROMIUM") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task ResetAsync()
    {
        // A refresh asked for by a test ("Uppdatera nu") writes the summaries in the background: its locks taken in
        // another order than the reset's TRUNCATE made a deadlock, and its rows would outlive the reset.
        await SummaryRefreshIdleAsync();

        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();

        // The access log refuses every DELETE and TRUNCATE; only a test reset, as superuser, may pass its triggers.
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }

        // A request the last test left in flight (a draft saved as its browser closed) can still hold a row lock;
        // PostgreSQL then picks one side of the deadlock, and the reset, rolled back whole, is safe to try again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _respawner.ResetAsync(connection);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 3)
            {
            }
        }
    }

    private async Task SummaryRefreshIdleAsync()
    {
        var refresh = Factory.Services.GetRequiredService<SummaryRefreshSignal>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (refresh.Pending)
        {
            if (waited.Elapsed > TimeSpan.FromMinutes(1))
            {
                throw new TimeoutException("The summary refresh a test asked for has not finished in a minute.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>A context with no user scope: tests arrange with it and inspect with IgnoreQueryFilters.</summary>
    public CaseWorkDbContext NewDbContext(ICurrentUser? user = null) => TestDatabase.NewContext(TestDatabase.ConnectionString, user);

    public Task<Applicant> AddApplicantAsync(
        int unitId,
        string firstName = "Anna",
        string lastName = "Svensson",
        string? assignedWorker = null,
        bool protectedIdentity = false,
        int aidMonthsInLastYear = 0,
        string? pin = null) =>
        AddApplicantAsync(NewDbContext(), unitId, firstName, lastName, assignedWorker, protectedIdentity, aidMonthsInLastYear, pin);

    /// <summary>Registers an applicant through <paramref name="context"/>, which it disposes: on this run's database or another.</summary>
    public static async Task<Applicant> AddApplicantAsync(
        CaseWorkDbContext context,
        int unitId,
        string firstName = "Anna",
        string lastName = "Svensson",
        string? assignedWorker = null,
        bool protectedIdentity = false,
        int aidMonthsInLastYear = 0,
        string? pin = null)
    {
        await using var db = context;
        var districtId = await db.Units.Where(u => u.Id == unitId).Select(u => u.DistrictId).SingleAsync();
        var today = AppTime.Today;
        pin ??= TestPins.Next();
        var applicant = Applicant.Register(
            PersonalIdentityNumber.Parse(pin, today),
            new ApplicantDetails(firstName, lastName, "person@example.se", "070-111 22 33", "Hemliga vägen 7", "163 72", "Spånga",
                HouseholdType.SingleAdult, 1, AidReason.Unemployment, protectedIdentity),
            districtId,
            unitId,
            assignedWorker,
            AppTime.UtcNow);
        for (var back = 0; back < aidMonthsInLastYear; back++)
        {
            var month = today.AddMonths(-back);
            applicant.RecordAidMonth(month.Year, month.Month, AidDecision.Granted, today);
        }

        db.Applicants.Add(applicant);
        await db.SaveChangesAsync();
        return applicant;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppTestGroup : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}

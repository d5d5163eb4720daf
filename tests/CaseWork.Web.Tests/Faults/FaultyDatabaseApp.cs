using CaseWork.Domain.Applicants;
using CaseWork.Domain.People;
using CaseWork.Infrastructure.Access;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Faults;

/// <summary>The app on a PostgreSQL server of its own, which the tests stop, start and restart under it.</summary>
public sealed class FaultyDatabaseApp : IAsyncLifetime
{
    public const string Worker = "socialsekreterare.st";

    public PrivatePostgres Database { get; private set; } = null!;

    public CaseWorkAppFactory Factory { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public OrganisationIds Organisation { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await PrivatePostgres.StartAsync();
        Factory = new CaseWorkAppFactory(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:CaseWork"] = Database.ConnectionString,
            // The same three retries as in production, closer together, so that an outage of a few seconds outlasts them.
            ["Database:MaxRetryDelaySeconds"] = "1",
        });
        BaseAddress = Factory.StartOnKestrel();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedOrganisationAndLoginsAsync();
        }

        Organisation = await OrganisationIds.LoadAsync(NewDbContext());
    }

    public CaseWorkDbContext NewDbContext()
    {
        var options = new DbContextOptionsBuilder<CaseWorkDbContext>();
        CaseWork.Infrastructure.PersistenceServices.Configure(options, Database.ConnectionString);
        return new CaseWorkDbContext(options.Options, new SystemUser());
    }

    public async Task<Guid> AddApplicantAsync()
    {
        await using var db = NewDbContext();
        var today = DateOnly.FromDateTime(DateTime.Now);
        var applicant = Applicant.Register(
            PersonalIdentityNumber.Parse(TestPins.Next(), today),
            new ApplicantDetails("Omar", "Omstart", null, null, "Vägen 1", "163 72", "Spånga", HouseholdType.SingleAdult, 0, AidReason.Unemployment, false),
            Organisation.SpangaTenstaDistrict,
            Organisation.SpangaTenstaUnit,
            Organisation.UserIds[Worker],
            DateTimeOffset.UtcNow);
        db.Applicants.Add(applicant);
        await db.SaveChangesAsync();
        return applicant.Id;
    }

    public async Task<int> NotesWithTextAsync(string text)
    {
        await using var db = NewDbContext();
        return await db.JournalNotes.IgnoreQueryFilters().CountAsync(n => n.Text == text);
    }

    public async Task<int> NotesCountAsync()
    {
        await using var db = NewDbContext();
        return await db.JournalNotes.IgnoreQueryFilters().CountAsync(n => n.Text.StartsWith("Omstartstest"));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

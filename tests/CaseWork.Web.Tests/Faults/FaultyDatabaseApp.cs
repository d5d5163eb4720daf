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

    public CaseWorkDbContext NewDbContext() => TestDatabase.NewContext(Database.ConnectionString);

    public async Task<Guid> AddApplicantAsync() =>
        (await AppFixture.AddApplicantAsync(NewDbContext(), Organisation.SpangaTenstaUnit, "Omar", "Omstart", Organisation.UserIds[Worker])).Id;

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

using System.Data.Common;
using CaseWork.Domain.Access;
using CaseWork.Domain.Calendar;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure;
using CaseWork.Infrastructure.Access;
using CaseWork.Infrastructure.Auditing;
using CaseWork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CaseWork.Benchmarks.Harness;

/// <summary>
/// What every measure works with: the database, the signed-in user whose unit is read (the app's scope rules apply
/// to the EF Core side through the context's query filter; the raw SQL states the same scope itself), and a count
/// of the SQL commands each side sends.
/// </summary>
public sealed class BenchContext : IAsyncDisposable
{
    private readonly DbContextOptions<CaseWorkDbContext> _options;
    private readonly CommandCounter _appCommands = new();

    private BenchContext(string connectionString, BenchUser user, bool showSql)
    {
        var options = new DbContextOptionsBuilder<CaseWorkDbContext>();
        PersistenceServices.Configure(options, connectionString);
        options.AddInterceptors(_appCommands);
        if (showSql)
        {
            options.LogTo(Console.Error.WriteLine, [RelationalEventId.CommandExecuted]);
        }

        _options = options.Options;
        DataSource = NpgsqlDataSource.Create(connectionString);
        User = user;
    }

    public NpgsqlDataSource DataSource { get; }

    public BenchUser User { get; }

    public int UnitId => User.Scope.UnitId!.Value;

    public TimeProvider Clock { get; } = SwedishTime.Clock;

    public DateOnly Today => Clock.Today();

    /// <summary>The app's quality rules with their built-in settings, as the pages get them without configuration.</summary>
    public PlanQualityRules Quality { get; } = new(new PlanQualityOptions());

    public int AppCommands => _appCommands.Count;

    public int RawCommands { get; private set; }

    /// <summary>A context as one request gets it: new, for the bench user.</summary>
    public CaseWorkDbContext NewDbContext() => new(_options, User);

    /// <summary>A context as one request of another user gets it (a coach, a manager: see <see cref="UserAsync"/>); its commands are counted as the bench user's.</summary>
    public CaseWorkDbContext NewDbContext(BenchUser user) => new(_options, user);

    /// <summary>Another user to read as, with the scope the app would build from their roles; their unit may be none (a coach, a manager).</summary>
    public async Task<BenchUser> UserAsync(string userName, CancellationToken cancellationToken) =>
        await FindUserAsync(DataSource, userName, cancellationToken)
        ?? throw new InvalidOperationException($"No user {userName} in the database: seed the demo data first (scripts/run in Development).");

    public AuditLog NewAuditLog(CaseWorkDbContext db) => new(db, Clock, new ReadPurposes());

    /// <summary>
    /// The same 200 applicants of the unit every run, spread over the alphabet (ordered by a hash of their id), read
    /// as <paramref name="read"/> makes them from the applicant's columns <paramref name="columns"/>.
    /// </summary>
    public async Task<List<T>> SampleOfUnitAsync<T>(string columns, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var command = DataSource.CreateCommand($"SELECT {columns} FROM applicants WHERE unit_id = $1 ORDER BY md5(id::text) LIMIT 200");
        command.Parameters.AddWithValue(UnitId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sample = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sample.Add(read(reader));
        }

        return sample;
    }

    /// <summary>A raw command on an open connection; the harness counts them.</summary>
    public NpgsqlCommand Command(NpgsqlConnection connection, string sql)
    {
        RawCommands++;
        return new NpgsqlCommand(sql, connection);
    }

    /// <summary>Several statements in one round trip, counted as one.</summary>
    public NpgsqlBatch Batch(NpgsqlConnection connection)
    {
        RawCommands++;
        return new NpgsqlBatch(connection);
    }

    public void ResetCounts()
    {
        _appCommands.Count = 0;
        RawCommands = 0;
    }

    public static async Task<BenchContext> CreateAsync(string connectionString, string userName, bool showSql, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var user = await FindUserAsync(dataSource, userName, cancellationToken)
            ?? throw new InvalidOperationException($"No user {userName} in the database: seed the demo data first (scripts/run in Development).");
        if (user.Scope.UnitId is null)
        {
            throw new InvalidOperationException($"{userName} is not a social worker or unit head placed in a unit.");
        }

        return new BenchContext(connectionString, user, showSql);
    }

    private static async Task<BenchUser?> FindUserAsync(NpgsqlDataSource dataSource, string userName, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT u.id, u.unit_id, u.district_id, u.job_centre_id, array_agg(r.name)
            FROM "AspNetUsers" u JOIN "AspNetUserRoles" ur ON ur.user_id = u.id JOIN "AspNetRoles" r ON r.id = ur.role_id
            WHERE u.user_name = $1
            GROUP BY u.id, u.unit_id, u.district_id, u.job_centre_id
            """);
        command.Parameters.AddWithValue(userName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var scope = AccessScope.For(
            reader.GetFieldValue<string[]>(4), reader.IsDBNull(1) ? null : reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt32(2),
            reader.IsDBNull(3) ? null : reader.GetInt32(3));
        return new BenchUser(reader.GetString(0), userName, scope);
    }

    public async ValueTask DisposeAsync() => await DataSource.DisposeAsync();

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

/// <summary>The user the bench reads as, with the scope the app would build from their claims.</summary>
public sealed record BenchUser(string UserId, string UserName, AccessScope Scope) : ICurrentUser
{
    string? ICurrentUser.UserId => UserId;
}

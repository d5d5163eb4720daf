using Npgsql;

namespace CaseWork.Infrastructure.Persistence;

/// <summary>
/// Whether a failure means the database could not be reached or was going down (a restart, a fail-over), rather than a
/// fault in the request: such requests are retried, and if they still fail the user is told to send again.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>
    /// Server states that Npgsql does not count as transient but that a restart produces: the server shut down
    /// (administrator, crash) or is starting. Added to the retrying execution strategy.
    /// </summary>
    public static IReadOnlyList<string> RestartSqlStates { get; } =
    [
        PostgresErrorCodes.AdminShutdown,
        PostgresErrorCodes.CrashShutdown,
        PostgresErrorCodes.CannotConnectNow,
    ];

    public static bool IsCause(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DatabaseInterruptedException or NpgsqlException { IsTransient: true }
                || (current is PostgresException pg && RestartSqlStates.Contains(pg.SqlState)))
            {
                return true;
            }
        }

        return false;
    }
}

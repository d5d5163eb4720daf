using Npgsql;

namespace CaseWork.Infrastructure.Persistence;

public static class PostgresErrors
{
    /// <summary>The save broke the named unique index (PostgreSQL error 23505), or any unique index when no name is given.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string? indexName = null) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
        && (indexName is null || pg.ConstraintName == indexName);
}

using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseWork.Infrastructure.Persistence;

public static class PostgresErrors
{
    /// <summary>The save broke the named unique index (PostgreSQL error 23505).</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string indexName) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
        && pg.ConstraintName == indexName;
}

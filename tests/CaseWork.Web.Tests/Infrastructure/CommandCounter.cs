using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands the app sends, so that tests can hold a page to a fixed number of queries, and keeps the
/// errors of those the server refused (an error the server raises is written into its own log).
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<Exception> _failures = new();

    private int _count;

    private int _statements;

    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// The SQL statements in those commands: EF Core sends a save's inserts and updates as one command of many
    /// statements, which the server runs one by one, so a save of a row per case grows this, not <see cref="Count"/>.
    /// </summary>
    public int Statements => Volatile.Read(ref _statements);

    /// <summary>The errors of commands that failed since the last <see cref="Reset"/>.</summary>
    public IReadOnlyCollection<Exception> Failures => _failures;

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _statements, 0);
        _failures.Clear();
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        _failures.Enqueue(eventData.Exception);
        base.CommandFailed(command, eventData);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        _failures.Enqueue(eventData.Exception);
        return base.CommandFailedAsync(command, eventData, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Counted(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        Interlocked.Add(ref _statements, StatementsIn(command.CommandText));
    }

    /// <summary>EF Core ends each statement of a batch with ";" at the end of its line; a query has none.</summary>
    private static int StatementsIn(string sql) =>
        Math.Max(1, sql.Split('\n').Count(line => line.TrimEnd().EndsWith(';')));
}

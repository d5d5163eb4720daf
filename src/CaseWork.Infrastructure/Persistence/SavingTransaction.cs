using Microsoft.EntityFrameworkCore.Storage;

namespace CaseWork.Infrastructure.Persistence;

/// <summary>
/// A transaction of several statements and saves under the context's retrying execution strategy: repeated whole while
/// nothing is saved, refused (<see cref="DatabaseInterruptedException"/>) after a save, which EF Core would take as
/// done although the broken transaction rolled it back.
/// </summary>
public static class SavingTransaction
{
    /// <summary>
    /// Runs <paramref name="work"/> in a new transaction, which it commits or rolls back itself; it saves through the
    /// function it is given, so that a retry after a save is refused.
    /// </summary>
    public static Task<T> InSavingTransactionAsync<T>(
        this DbContext db, Func<IDbContextTransaction, Func<Task<int>>, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        var savedOnce = false;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            if (savedOnce)
            {
                throw new DatabaseInterruptedException();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            return await work(transaction, async () =>
            {
                var saved = await db.SaveChangesAsync(cancellationToken);
                savedOnce |= saved > 0;
                return saved;
            });
        });
    }
}

namespace CaseWork.Infrastructure.Persistence;

/// <summary>
/// The connection broke in the middle of a transaction that had already saved part of its changes. EF Core counts
/// those changes as saved although the transaction was rolled back, so repeating it would quietly leave them out. It
/// is not repeated: the user gets the "database not answering" page and sends the form again, from the start.
/// </summary>
public sealed class DatabaseInterruptedException : Exception
{
    public DatabaseInterruptedException()
        : base("The database connection broke in the middle of a transaction that cannot be repeated safely.")
    {
    }

    public DatabaseInterruptedException(string message)
        : base(message)
    {
    }

    public DatabaseInterruptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

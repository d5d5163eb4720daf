namespace CaseWork.Infrastructure.Submissions;

/// <summary>
/// The key of the form this request is saving. The first save that changes case data (not only the access log)
/// inserts the key in the same transaction, so the key exists exactly when the form's data does.
/// </summary>
public sealed class PendingSubmission(Guid key, string userId, DateTimeOffset at)
{
    public Guid Key { get; } = key;

    /// <summary>The key went into a save (which may still fail: then the transaction took it away again).</summary>
    public bool Attached { get; private set; }

    internal void AttachTo(DbContext context)
    {
        if (Attached || !context.ChangeTracker.Entries().Any(IsCaseDataChange))
        {
            return;
        }

        context.Add(new FormSubmission(Key, userId, at));
        Attached = true;
    }

    private static bool IsCaseDataChange(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is not AuditEntry and not FormSubmission;
}

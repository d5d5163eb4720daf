using CaseWork.Domain.Auditing;
using CaseWork.Infrastructure.Persistence;

namespace CaseWork.Infrastructure.Auditing;

/// <summary>Writes who did what to which case file. Entries name the applicant by id only, never by personnummer.</summary>
public sealed class AuditLog(CaseWorkDbContext db, TimeProvider clock)
{
    /// <summary>Adds an entry that is saved together with the change it describes.</summary>
    public void Add(AuditAction action, Guid? applicantId, string? detail = null)
    {
        var user = db.CurrentUser;
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), user.UserId, user.UserName, action, applicantId, detail));
    }

    /// <summary>Records a read (or a refusal) at once.</summary>
    public async Task WriteAsync(AuditAction action, Guid? applicantId, string? detail = null, CancellationToken cancellationToken = default)
    {
        Add(action, applicantId, detail);
        await db.SaveChangesAsync(cancellationToken);
    }
}

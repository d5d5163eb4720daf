namespace CaseWork.Web.Pages.Investigations;

/// <summary>The applicant's basic investigations, newest first; the newest signed one is in force.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseWorkDbContext db, AuditLog audit) : ApplicantPageModel
{
    public List<Row> Rows { get; private set; } = [];

    public bool CanEdit => db.CurrentUser.Scope.CanWritePlans;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadApplicantNameAsync(db, cancellationToken);
        Rows = await db.BasicInvestigations.AsNoTracking()
            .Where(i => i.ApplicantId == ApplicantId)
            .OrderByDescending(i => i.SignedAt == null).ThenByDescending(i => i.SignedAt).ThenByDescending(i => i.StartedAt)
            .Select(i => new Row(i.Id, i.StartedAt, i.SignedAt, db.Users.Where(u => u.Id == i.AuthorId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, "basic investigations", cancellationToken);
    }

    public sealed record Row(Guid Id, DateTimeOffset StartedAt, DateTimeOffset? SignedAt, string? Author);
}

namespace CaseWork.Web.Cases;

/// <summary>
/// A page of one applicant's case, under /Applicants/{applicantId}/. The route's id is the only one the page reads;
/// <see cref="Access.ApplicantScopeFilter"/> has answered 404 for an applicant outside the user's scope (or none)
/// before any handler runs, so a handler may load the name without checking again.
/// </summary>
public abstract class ApplicantPageModel : PageModel
{
    [FromRoute]
    public Guid ApplicantId { get; set; }

    /// <summary>The heading's name, once <see cref="LoadApplicantNameAsync"/> has run.</summary>
    public string ApplicantName { get; protected set; } = string.Empty;

    protected async Task LoadApplicantNameAsync(CaseWorkDbContext db, CancellationToken cancellationToken) =>
        ApplicantName = await db.ApplicantNameAsync(ApplicantId, cancellationToken);
}

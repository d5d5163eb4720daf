namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>The plan on A4 in Swedish, with signature lines, for the applicant to read and sign.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class PrintModel(CaseWorkDbContext db, AuditLog audit) : ApplicantPageModel
{
    [FromRoute]
    public Guid PlanId { get; set; }

    [BindProperty(SupportsGet = true, Name = "version")]
    public int? VersionNumber { get; set; }

    public WorkPlanVersion Version { get; private set; } = null!;

    public PlanAgreement? Agreement { get; private set; }

    public string Pin { get; private set; } = string.Empty;

    public string Unit { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var plan = await db.FindAsync(ApplicantId, PlanId, cancellationToken);
        var version = VersionNumber is { } n ? plan?.Versions.FirstOrDefault(v => v.Number == n) : plan?.CurrentVersion;
        if (plan is null || version is null)
        {
            return NotFound();
        }

        Version = version;
        Agreement = plan.AgreementFor(version.Number);
        var person = await db.Applicants.Where(a => a.Id == ApplicantId)
            .Select(a => new { Name = ApplicantDisplayName.Of(a.FirstName, a.LastName), a.PersonalIdentityNumber, Unit = db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).Single() })
            .SingleAsync(cancellationToken);
        (ApplicantName, Pin, Unit) = (person.Name, PersonalIdentityNumber.FromStored(person.PersonalIdentityNumber).ToString(), person.Unit);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, $"work plan {PlanId} print v{version.Number}", cancellationToken);
        return Page();
    }
}

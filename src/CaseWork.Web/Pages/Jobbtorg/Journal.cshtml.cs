using CaseWork.Web.Pages.Journal;

namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>
/// The participant's journal for the coach: only when the consent covers the journal (<see cref="Domain.Referrals.CoachSees.Journal"/>);
/// otherwise the page does not exist for them. Signed notes only, newest first, paged.
/// </summary>
[Authorize(Policy = Policies.Coach)]
public class JournalModel(CoachParticipantQuery participants, CaseWorkDbContext db, AuditLog audit) : PageModel
{
    /// <summary>The coach cannot open single notes, so each note is shown whole.</summary>
    private const int WholeNote = JournalNote.MaxTextLength;

    [FromRoute]
    public Guid ReferralId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public JournalPage Journal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var access = await participants.JournalAccessAsync(ReferralId, cancellationToken);
        if (access is not { Allowed: true })
        {
            var why = access is null ? "referral not at the coach's Jobbtorg" : "no consent to the journal";
            await audit.WriteAsync(AuditAction.AccessDenied, access?.ApplicantId, $"GET {Request.Path} (jobbtorg: {why})", cancellationToken);
            return NotFound();
        }

        ParticipantName = access.Name;
        Journal = await db.LoadPageAsync(participants.ConsentedJournal(access), kind: null, Before, WholeNote, cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantViewed, access.ApplicantId, "jobbtorg: journal", cancellationToken);
        return Page();
    }

    public string ParticipantName { get; private set; } = string.Empty;
}

using CaseWork.Domain.Common;
using CaseWork.Domain.FollowUps;

namespace CaseWork.Domain.WorkPlans;

/// <summary>
/// An applicant's work plan (arbetsplan): drafted, activated when agreed, revised into new immutable versions, and
/// closed with a reason. An applicant has at most one plan in progress, a draft or the active plan (the database
/// guarantees it).
/// </summary>
public class WorkPlan
{
    public const int MaxReasonLength = 1000;

    private readonly List<WorkPlanVersion> _versions = [];
    private readonly List<PlanAgreement> _agreements = [];

    private WorkPlan()
    {
    }

    public Guid Id { get; private set; }

    public Guid ApplicantId { get; private set; }

    public WorkPlanStatus Status { get; private set; }

    /// <summary>What the worker is writing before the plan is agreed; null once active.</summary>
    public PlanContent? Draft { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>
    /// When the plan last changed in any way. A revision or an agreement touches this row too, so that two people
    /// changing the same plan at once meet the concurrency check.
    /// </summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public PlanClosureReason? ClosureReason { get; private set; }

    public string? ClosureNote { get; private set; }

    /// <summary>
    /// When the plan is next followed up: the agreed version's date, moved on by each follow-up talk without a new
    /// version (moving a date is not a change of the plan the applicant agreed to).
    /// </summary>
    public DateOnly? NextFollowUpOn { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<WorkPlanVersion> Versions => _versions.AsReadOnly();

    public IReadOnlyList<PlanAgreement> Agreements => _agreements.AsReadOnly();

    public WorkPlanVersion? CurrentVersion => _versions.Count == 0 ? null : _versions.MaxBy(v => v.Number);

    /// <summary>What the plan says now: the draft while drafting, else the latest version.</summary>
    public PlanContent Content => Draft ?? CurrentVersion!.Content;

    public static WorkPlan StartDraft(Guid applicantId, PlanContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.EnsureConsistent();
        return new WorkPlan
        {
            Id = Guid.CreateVersion7(now),
            ApplicantId = applicantId,
            Status = WorkPlanStatus.Draft,
            Draft = content,
            StartedAt = now,
            ChangedAt = now,
        };
    }

    public void UpdateDraft(PlanContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Status != WorkPlanStatus.Draft)
        {
            throw new DomainException(PlanRuleCodes.NotADraft);
        }

        content.EnsureConsistent();
        Draft = content;
        ChangedAt = now;
    }

    /// <summary>The applicant has agreed (or their disagreement is written down): the draft becomes version 1.</summary>
    public void Activate(PlanAgreementInput agreement, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (Status != WorkPlanStatus.Draft)
        {
            throw new DomainException(PlanRuleCodes.NotADraft);
        }

        if (string.IsNullOrWhiteSpace(Draft!.Goal))
        {
            throw new DomainException(PlanRuleCodes.NoGoal);
        }

        Draft.EnsureConsistent();
        EnsureComplete(agreement);
        _versions.Add(new WorkPlanVersion(Id, 1, Draft, by, now, reason: null, causedByFollowUpId: null, Participants.None));
        NextFollowUpOn = Draft.NextFollowUp;
        Draft = null;
        Status = WorkPlanStatus.Active;
        RecordAgreement(agreement, now);
    }

    /// <summary>
    /// Changes an active plan: a new version with who, when and why; earlier versions stay as they were. A cause is a
    /// follow-up talk with this plan's applicant; another applicant's talk is refused. Who took part is optional: a
    /// correction of a date may be the worker's alone.
    /// </summary>
    public WorkPlanVersion Revise(
        PlanContent content, string reason, string by, DateTimeOffset now, RevisionCause? cause = null, Participants? participants = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureActive();

        if (cause is not null && cause.TalkApplicantId != ApplicantId)
        {
            throw new DomainException(PlanRuleCodes.CauseOfAnotherApplicant);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxReasonLength)
        {
            throw new DomainException(PlanRuleCodes.RevisionWithoutReason);
        }

        if (string.IsNullOrWhiteSpace(content.Goal))
        {
            throw new DomainException(PlanRuleCodes.NoGoal);
        }

        var takingPart = (participants ?? Participants.None).Normalized();
        if (takingPart.Others?.Length > Participants.MaxOthersLength)
        {
            throw new DomainException(PlanRuleCodes.ParticipantsTooLong);
        }

        content.EnsureConsistent();
        if (content.Equals(Content))
        {
            throw new DomainException(PlanRuleCodes.RevisionChangesNothing);
        }

        var version = new WorkPlanVersion(Id, CurrentVersion!.Number + 1, content, by, now, reason.Trim(), cause?.TalkId, takingPart);
        _versions.Add(version);
        NextFollowUpOn = content.NextFollowUp;
        ChangedAt = now;
        return version;
    }

    /// <summary>A follow-up has taken place and set the date of the next one.</summary>
    public void MoveNextFollowUp(DateOnly date, DateTimeOffset now)
    {
        EnsureActive();
        NextFollowUpOn = date;
        ChangedAt = now;
    }

    /// <summary>The applicant's answer to the current version, when it was not given at activation.</summary>
    public void RecordAgreement(PlanAgreementInput agreement, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        EnsureActive();
        EnsureComplete(agreement);
        _agreements.Add(new PlanAgreement(
            CurrentVersion!.Number, agreement.Date, agreement.Method, agreement.ApplicantAgrees, agreement.ApplicantView?.Trim()));
        ChangedAt = now;
    }

    private void EnsureActive()
    {
        if (Status != WorkPlanStatus.Active)
        {
            throw new DomainException(Status == WorkPlanStatus.Closed ? PlanRuleCodes.AlreadyClosed : PlanRuleCodes.NotActive);
        }
    }

    private static void EnsureComplete(PlanAgreementInput agreement)
    {
        if (!agreement.ApplicantAgrees && string.IsNullOrWhiteSpace(agreement.ApplicantView))
        {
            throw new DomainException(PlanRuleCodes.DisagreementWithoutView);
        }
    }

    public PlanAgreement? AgreementFor(int versionNumber) => _agreements.LastOrDefault(a => a.VersionNumber == versionNumber);

    public void Close(PlanClosureReason reason, string? note, DateTimeOffset now)
    {
        if (Status == WorkPlanStatus.Closed)
        {
            throw new DomainException(PlanRuleCodes.AlreadyClosed);
        }

        // A draft never was a plan: it is discarded, not closed for a reason that only an agreed plan can have.
        if (Status == WorkPlanStatus.Draft && reason != PlanClosureReason.DraftDiscarded)
        {
            throw new DomainException(PlanRuleCodes.NotActive);
        }

        Status = WorkPlanStatus.Closed;
        ClosureReason = reason;
        ClosureNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ClosedAt = now;
        ChangedAt = now;
    }
}

/// <summary>What the worker records about the applicant's agreement.</summary>
public sealed record PlanAgreementInput(DateOnly Date, AgreementMethod Method, bool ApplicantAgrees, string? ApplicantView);

namespace CaseWork.Domain.WorkPlans;

/// <summary>
/// The follow-up talk that led to a revision, with the applicant it was held with (null when no talk of that id is
/// known). A plan names only a talk of its own applicant as cause.
/// </summary>
public sealed record RevisionCause(Guid TalkId, Guid? TalkApplicantId);

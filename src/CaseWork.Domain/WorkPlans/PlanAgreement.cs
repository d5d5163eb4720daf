namespace CaseWork.Domain.WorkPlans;

/// <summary>
/// The applicant's answer to one version of the plan. When the applicant disagrees, their view is written down,
/// as the law requires.
/// </summary>
public sealed record PlanAgreement(int VersionNumber, DateOnly Date, AgreementMethod Method, bool ApplicantAgrees, string? ApplicantView);

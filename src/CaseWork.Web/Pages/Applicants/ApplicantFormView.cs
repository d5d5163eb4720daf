namespace CaseWork.Web.Pages.Applicants;

/// <summary>What the shared applicant fields partial needs.</summary>
public sealed record ApplicantFormView(
    ApplicantInput Input,
    IReadOnlyList<SelectListItem> Workers,
    bool IsNew,
    bool ContactVisible,
    ApplicantConflict? Conflict);

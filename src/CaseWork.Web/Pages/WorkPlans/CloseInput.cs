namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>Why the plan is closed, as the close page posts it.</summary>
public sealed record CloseInput(string? Reason, string? Note);

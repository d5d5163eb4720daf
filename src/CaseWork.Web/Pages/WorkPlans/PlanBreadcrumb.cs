namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>What <c>_PlanBreadcrumb</c> draws: the page <paramref name="Current"/> about a plan named by its period.</summary>
public sealed record PlanBreadcrumb(Guid ApplicantId, string? ApplicantName, Guid PlanId, PlanPeriod Period, string Current, bool ViaVersions = false);

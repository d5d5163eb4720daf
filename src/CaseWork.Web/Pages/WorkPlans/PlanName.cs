namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>
/// How a plan is named wherever it is listed or linked (the case page, the plan's history, a review's facts): by its
/// period, "Plan 2026-09-01 – 2027-02-28", not by the day it was created. A draft has its period from the start.
/// </summary>
public static class PlanName
{
    public static string Of(IStringLocalizer localizer, PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(period);
        return localizer["Plan {0} – {1}", period.From.ToString("d"), period.To.ToString("d")];
    }
}

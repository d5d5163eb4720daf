namespace CaseWork.Web.Pages.Admin.Retention;

/// <summary>The day the rule is applied for: today in local (Swedish) time, as the runs take it.</summary>
internal static class RetentionToday
{
    public static DateOnly Of(TimeProvider clock) => clock.Today();
}

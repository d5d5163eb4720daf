namespace CaseWork.Web.Pages.Referrals;

public static class ReferralDates
{
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.Today();
    }
}

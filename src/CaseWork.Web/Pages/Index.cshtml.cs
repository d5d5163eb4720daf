namespace CaseWork.Web.Pages;

/// <summary>
/// The start page sends each role to where its work is: a social worker and a unit head to "Att göra" (their own due
/// list, the unit's for the unit head), a manager to the indicators, a log checker to Loggkontroll, a coach to their
/// participants, an administrator to the users. A user with several roles lands on the first of these that they hold.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.IsInRole(Roles.SocialWorker) || User.IsInRole(Roles.UnitHead))
        {
            return RedirectToPage("/Due/Index");
        }

        if (User.IsInRole(Roles.Manager))
        {
            return RedirectToPage("/Indicators/Index");
        }

        if (Oversight.AccessLogOf(User) is not null)
        {
            return RedirectToPage("/AccessLog/Index");
        }

        if (HttpCurrentUser.ScopeOf(User).IsCoach)
        {
            return RedirectToPage("/Jobbtorg/Index");
        }

        if (User.IsInRole(Roles.Administrator))
        {
            return RedirectToPage("/Admin/Users/Index");
        }

        return Page();
    }
}

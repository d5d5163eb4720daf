namespace CaseWork.Web.Pages;

/// <summary>The start page sends each role to where its work is.</summary>
[Authorize(Policy = Policies.SignedIn)]
public class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.IsInRole(Roles.SocialWorker) || User.IsInRole(Roles.UnitHead) || User.IsInRole(Roles.Manager))
        {
            return RedirectToPage("/Applicants/Index");
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

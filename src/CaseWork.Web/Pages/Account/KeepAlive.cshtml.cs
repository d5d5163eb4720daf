namespace CaseWork.Web.Pages.Account;

/// <summary>
/// "Fortsätt arbeta" in the warning before the idle end: an authenticated, antiforgery-checked post, whose reading of
/// the session (ServerSessionStore) is what marks it as seen. Nothing else happens.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public class KeepAliveModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public IActionResult OnPost() => new NoContentResult();
}

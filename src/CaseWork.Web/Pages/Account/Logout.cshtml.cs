using Microsoft.AspNetCore.Identity;

namespace CaseWork.Web.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
public class LogoutModel(SignInManager<AppUser> signInManager) : PageModel
{
    /// <summary>Set for the page after signing out, which then clears every draft kept in the browser (site.js).</summary>
    public const string SignedOutKey = "SignedOut";

    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        TempData[SignedOutKey] = true;
        return RedirectToPage("/Account/Login");
    }
}

using Microsoft.AspNetCore.Identity;

namespace CaseWork.Web.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
public class ChangePasswordModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    Startup.ServerSessionStore sessions,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Input.CurrentPassword))
        {
            ModelState.AddModelError("Input.CurrentPassword", localizer["Enter your current password."]);
        }

        if (string.IsNullOrEmpty(Input.NewPassword))
        {
            ModelState.AddModelError("Input.NewPassword", localizer["Enter a new password."]);
        }
        else if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", localizer["The two new passwords differ."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await userManager.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, error => error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword");
            return Page();
        }

        // Every other session ends at once; this one is renewed with the new stamp.
        var current = HttpContext.Items[Startup.ServerSessionStore.SessionKeyItem] as string;
        await sessions.EndSessionsAsync(user.Id, key => key != current, HttpContext.RequestAborted);
        await signInManager.RefreshSignInAsync(user);
        return this.WithStatusMessage(localizer["Your password has been changed."], RedirectToPage());
    }

    public class InputModel
    {
        [Display(Name = "Current password")]
        [DataType(DataType.Password)]
        public string? CurrentPassword { get; set; }

        [Display(Name = "New password (at least 12 characters)")]
        [DataType(DataType.Password)]
        public string? NewPassword { get; set; }

        [Display(Name = "Repeat the new password")]
        [DataType(DataType.Password)]
        public string? ConfirmPassword { get; set; }
    }
}

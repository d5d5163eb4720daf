using Microsoft.AspNetCore.Identity;

namespace CaseWork.Web.Pages.Account;

[AllowAnonymous]
public class LoginModel(
    SignInManager<AppUser> signInManager,
    IStringLocalizer<SharedResource> localizer,
    ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.UserName))
        {
            ModelState.AddModelError("Input.UserName", localizer["Enter your user name."]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", localizer["Enter your password."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signInManager.UserManager.FindByNameAsync(Input.UserName!.Trim());
        if (user is { IsActive: false })
        {
            logger.LogWarning("Sign-in refused for deactivated user {UserName}", user.UserName);
            ModelState.AddModelError(string.Empty, localizer["Wrong user name or password."]);
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Input.UserName.Trim(), Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} signed in", Input.UserName);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWithCode", new { ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserName} is locked out", Input.UserName);
            ModelState.AddModelError(string.Empty, localizer["Too many failed attempts: the account is locked for 15 minutes."]);
            return Page();
        }

        ModelState.AddModelError(string.Empty, localizer["Wrong user name or password."]);
        return Page();
    }

    public class InputModel
    {
        [Display(Name = "User name")]
        public string? UserName { get; set; }

        [Display(Name = "Password")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }
}

using Microsoft.AspNetCore.Identity;

namespace CaseWork.Web.Pages.Account;

/// <summary>
/// The second sign-in step, after the right password: a code the page's kind checks. Wrong codes count towards
/// Identity's lockout, and the login rate limit covers these posts as well (<see cref="Startup.LoginRateLimiting"/>).
/// </summary>
public abstract class SecondSignInStep(
    SignInManager<AppUser> signInManager,
    IStringLocalizer<SharedResource> localizer,
    ILogger logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    protected SignInManager<AppUser> SignInManager => signInManager;

    protected abstract string EmptyMessage { get; }

    protected abstract string WrongMessage { get; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("./Login");
        }

        var code = Normalise(Input.Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError("Input.Code", localizer[EmptyMessage]);
            return Page();
        }

        var result = await SignInAsync(code);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} passed the second sign-in step on {Page}", user.UserName, GetType().Name);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserName} is locked out", user.UserName);
            ModelState.AddModelError(string.Empty, localizer["Too many failed attempts: the account is locked for 15 minutes."]);
            return Page();
        }

        logger.LogWarning("Wrong second-step code for {UserName} on {Page}", user.UserName, GetType().Name);
        ModelState.AddModelError("Input.Code", localizer[WrongMessage]);
        return Page();
    }

    protected abstract string Normalise(string? code);

    protected abstract Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(string code);

    public class InputModel
    {
        // Each page labels the field with its own text.
        public string? Code { get; set; }
    }
}

using Microsoft.AspNetCore.Identity;

namespace CaseWork.Web.Pages.Account;

/// <summary>Setting up an authenticator app, new recovery codes, and turning two-factor off where it is not required.</summary>
[Authorize(Policy = Policies.SignedIn)]
public class TwoFactorModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    IStringLocalizer<SharedResource> localizer,
    ILogger<TwoFactorModel> logger) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsEnabled { get; private set; }

    public bool IsRequired { get; private set; }

    public string GroupedKey { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    public string QrCode { get; private set; } = string.Empty;

    /// <summary>Shown once, right after they are made; never stored readable.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public int RecoveryCodesLeft { get; private set; }

    public Task<IActionResult> OnGetAsync() => ForUserAsync(async user =>
    {
        await LoadAsync(user);
        return Page();
    });

    public Task<IActionResult> OnPostEnableAsync() => ForUserAsync(async user =>
    {
        var code = AuthenticatorKey.Normalise(Input.Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError("Input.Code", localizer["Enter the 6-digit code from your authenticator app."]);
        }
        else if (user.TwoFactorEnabled
                 || code.Length != 6
                 || !await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", localizer["The code is not right. Enter the 6-digit code your app shows now."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await signInManager.RefreshSignInAsync(user);
        logger.LogInformation("User {UserName} set up an authenticator app", user.UserName);
        await LoadAsync(user);
        return this.WithStatusMessage(localizer["Two-step verification is on."], Page());
    });

    public Task<IActionResult> OnPostRecoveryCodesAsync() => ForUserAsync(async user =>
    {
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        RecoveryCodes = (await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        logger.LogInformation("User {UserName} made new recovery codes", user.UserName);
        await LoadAsync(user);
        return this.WithStatusMessage(localizer["New recovery codes are made; the old ones no longer work."], Page());
    });

    public Task<IActionResult> OnPostDisableAsync() => ForUserAsync(async user =>
    {
        if (await IsRequiredForAsync(user))
        {
            return Forbid();
        }

        await userManager.SetTwoFactorEnabledAsync(user, false);
        // A new key, so that the app set up with the old one cannot be used again without a new set-up.
        await userManager.ResetAuthenticatorKeyAsync(user);
        await signInManager.RefreshSignInAsync(user);
        logger.LogInformation("User {UserName} turned two-step verification off", user.UserName);
        return this.WithStatusMessage(localizer["Two-step verification is off."], RedirectToPage());
    });

    /// <summary>Runs a handler for the signed-in user; a session whose user no longer exists is asked to sign in again.</summary>
    private async Task<IActionResult> ForUserAsync(Func<AppUser, Task<IActionResult>> handler) =>
        await userManager.GetUserAsync(User) is { } user ? await handler(user) : Challenge();

    private async Task<bool> IsRequiredForAsync(AppUser user) =>
        (await userManager.GetRolesAsync(user)).Any(Roles.RequiresTwoFactor);

    private async Task LoadAsync(AppUser user)
    {
        IsEnabled = user.TwoFactorEnabled;
        IsRequired = await IsRequiredForAsync(user);
        if (IsEnabled)
        {
            RecoveryCodesLeft = await userManager.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp, which is checked on every request: keep this session.
            await signInManager.RefreshSignInAsync(user);
            key = (await userManager.GetAuthenticatorKeyAsync(user))!;
        }

        GroupedKey = AuthenticatorKey.Grouped(key);
        AuthenticatorUri = AuthenticatorKey.Uri(user.UserName!, key);
        QrCode = AuthenticatorKey.QrCodeDataUri(AuthenticatorUri);
    }

    public class InputModel
    {
        [Display(Name = "Code from the app")]
        public string? Code { get; set; }
    }
}

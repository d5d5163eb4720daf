using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Microsoft.AspNetCore.Identity;

namespace CaseWork.Web.Pages.Account;

/// <summary>The second sign-in step without the phone: one of the recovery codes, each good once.</summary>
[AllowAnonymous]
public class LoginWithRecoveryCodeModel(
    SignInManager<AppUser> signInManager,
    IStringLocalizer<SharedResource> localizer,
    ILogger<LoginWithRecoveryCodeModel> logger) : SecondSignInStep(signInManager, localizer, logger)
{
    protected override string EmptyMessage => "Enter one of your recovery codes.";

    protected override string WrongMessage => "The recovery code is not right, or it has been used already.";

    // Recovery codes are stored with their dash, so only the space around is dropped.
    protected override string Normalise(string? code) => code?.Trim() ?? string.Empty;

    protected override Task<SignInResult> SignInAsync(string code) => SignInManager.TwoFactorRecoveryCodeSignInAsync(code);
}

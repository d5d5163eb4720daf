using Microsoft.AspNetCore.Identity;

namespace CaseWork.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Administer)]
public class EditModel(
    AuditLog audit, IStringLocalizer<SharedResource> localizer,
    UserManager<AppUser> users, Placement placement, CaseWork.Web.Startup.ServerSessionStore sessions, IValidator<UserInput> validator) : PageModel
{
    [FromRoute]
    public string UserId { get; set; } = string.Empty;

    [BindProperty]
    public UserInput Input { get; set; } = new();

    [BindProperty]
    public string? ConcurrencyStamp { get; set; }

    [BindProperty]
    [Display(Name = "New password (at least 12 characters)")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    public bool IsActive { get; private set; }

    public bool IsLockedOut { get; private set; }

    public PlacementOptions Options { get; private set; } = PlacementOptions.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(UserId) is not { } user)
        {
            return NotFound();
        }

        await ReloadFormAsync(user, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(UserId) is not { } user)
        {
            return NotFound();
        }

        Input.UserName = user.UserName;
        await validator.ValidateIntoAsync(Input, ModelState);
        if (ConcurrencyStamp != user.ConcurrencyStamp)
        {
            ModelState.AddModelError(string.Empty, localizer["Someone else changed this user while you were editing. Reload the page to see their changes."]);
        }

        if (!ModelState.IsValid || !await placement.ApplyAsync(user, Input, ModelState, cancellationToken))
        {
            await LoadAsync(user, cancellationToken);
            return Page();
        }

        user.DisplayName = Input.DisplayName!.Trim();
        var currentRoles = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, currentRoles.Where(r => r != Input.Role));
        if (!currentRoles.Contains(Input.Role!))
        {
            await users.AddToRoleAsync(user, Input.Role!);
        }

        // A new security stamp ends the user's sessions at their next request; the next sign-in carries the new role and place.
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(AuditAction.UserUpdated, null, $"{user.UserName} as {Input.Role}", cancellationToken);
        return this.WithStatusMessage(localizer["The changes have been saved."], RedirectToPage(new { userId = UserId }));
    }

    public Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken) => SetActiveAsync(false, cancellationToken);

    public Task<IActionResult> OnPostActivateAsync(CancellationToken cancellationToken) => SetActiveAsync(true, cancellationToken);

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(UserId) is not { } user)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync(AuditAction.UserUpdated, null, $"{user.UserName} unlocked", cancellationToken);
        return this.WithStatusMessage(localizer["The account has been unlocked."], RedirectToPage(new { userId = UserId }));
    }

    /// <summary>Ends every session of the user at once (a lost laptop, a suspected misuse); they may sign in again.</summary>
    public async Task<IActionResult> OnPostEndSessionsAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(UserId) is not { } user)
        {
            return NotFound();
        }

        var ended = await sessions.EndSessionsAsync(user.Id, _ => true, cancellationToken);
        await audit.WriteAsync(AuditAction.UserUpdated, null, $"{user.UserName}: {ended} sessions ended", cancellationToken);
        return this.WithStatusMessage(localizer["All sessions of {0} have been ended: {1}.", user.UserName!, ended], RedirectToPage(new { userId = UserId }));
    }

    /// <summary>For a user who forgot their password: sets a new one, unlocks, and signs them out everywhere.</summary>
    public async Task<IActionResult> OnPostSetPasswordAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(UserId) is not { } user)
        {
            return NotFound();
        }

        // Only the password counts here; a refused one (a control character) keeps its own message.
        var refused = ModelState[nameof(NewPassword)]?.Errors.FirstOrDefault()?.ErrorMessage;
        ModelState.Clear();
        if (refused is not null)
        {
            ModelState.AddModelError(nameof(NewPassword), refused);
        }
        else if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError(nameof(NewPassword), localizer["Enter a new password."]);
        }
        else
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, NewPassword);
            ModelState.AddIdentityErrors(result, _ => nameof(NewPassword));
        }

        if (!ModelState.IsValid)
        {
            await ReloadFormAsync(user, cancellationToken);
            return Page();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        // The new stamp ends the sessions too; deleting them makes it immediate, whatever the stamp check's timing.
        await sessions.EndSessionsAsync(user.Id, _ => true, cancellationToken);
        await audit.WriteAsync(AuditAction.UserUpdated, null, $"{user.UserName} given a new password", cancellationToken);
        return this.WithStatusMessage(localizer["{0} has a new password. Give it to them safely and ask them to change it.", user.UserName!], RedirectToPage(new { userId = UserId }));
    }

    private async Task<IActionResult> SetActiveAsync(bool active, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(UserId) is not { } user)
        {
            return NotFound();
        }

        if (!active && user.Id == users.GetUserId(User))
        {
            return this.WithStatusMessage(localizer["You cannot deactivate your own account."], RedirectToPage(new { userId = UserId }));
        }

        user.IsActive = active;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user); // ends the user's sessions at their next request
        if (!active)
        {
            await sessions.EndSessionsAsync(user.Id, _ => true, cancellationToken);
        }

        await audit.WriteAsync(active ? AuditAction.UserUpdated : AuditAction.UserDeactivated, null, $"{user.UserName} {(active ? "activated" : "deactivated")}", cancellationToken);
        var message = active
            ? localizer["The user {0} can sign in again.", user.UserName!]
            : localizer["The user {0} has been deactivated and can no longer sign in.", user.UserName!];
        return this.WithStatusMessage(message, RedirectToPage(new { userId = UserId }));
    }

    private async Task ReloadFormAsync(AppUser user, CancellationToken cancellationToken)
    {
        Input = UserInput.From(user, (await users.GetRolesAsync(user)).FirstOrDefault());
        ConcurrencyStamp = user.ConcurrencyStamp;
        await LoadAsync(user, cancellationToken);
    }

    private async Task LoadAsync(AppUser user, CancellationToken cancellationToken)
    {
        IsActive = user.IsActive;
        IsLockedOut = await users.IsLockedOutAsync(user);
        Options = await placement.OptionsAsync(cancellationToken);
    }
}

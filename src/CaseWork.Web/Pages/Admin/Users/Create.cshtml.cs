using Microsoft.AspNetCore.Identity;

namespace CaseWork.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Administer)]
public class CreateModel(
    AuditLog audit, IStringLocalizer<SharedResource> localizer,
    UserManager<AppUser> users, Placement placement, IValidator<NewUserInput> validator) : PageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public PlacementOptions Options { get; private set; } = PlacementOptions.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await validator.ValidateIntoAsync(Input, ModelState);
        var user = new AppUser { UserName = Input.UserName?.Trim(), DisplayName = Input.DisplayName?.Trim() ?? string.Empty, LockoutEnabled = true };
        if (!ModelState.IsValid || !await placement.ApplyAsync(user, Input, ModelState, cancellationToken))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await users.CreateAsync(user, Input.Password!);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Input.Role!);
        }

        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, error => error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.UserName");
            await LoadAsync(cancellationToken);
            return Page();
        }

        await audit.WriteAsync(AuditAction.UserCreated, null, $"{user.UserName} as {Input.Role}", cancellationToken);
        return this.WithStatusMessage(localizer["The user {0} has been created.", user.UserName!], RedirectToPage("Index"));
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => Options = await placement.OptionsAsync(cancellationToken);
}

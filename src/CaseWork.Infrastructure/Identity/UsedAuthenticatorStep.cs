namespace CaseWork.Infrastructure.Identity;

/// <summary>
/// The last authenticator time step that signed a user in (or confirmed the app's set-up): a code for this step or an
/// earlier one is refused from then on, in every session and on every instance (RFC 6238 §5.2).
/// </summary>
public class UsedAuthenticatorStep
{
    public string UserId { get; set; } = string.Empty;

    public long Step { get; set; }
}

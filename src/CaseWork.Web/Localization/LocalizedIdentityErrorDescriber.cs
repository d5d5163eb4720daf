using Microsoft.AspNetCore.Identity;

namespace CaseWork.Web.Localization;

/// <summary>Identity's messages (password policy, duplicate user names) in the user's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = localizer["The password must be at least {0} characters.", length] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = localizer["The current password is wrong."] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = localizer["The user name {0} is already taken.", userName] };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = localizer["A user name may hold letters, digits and . - _ @ only."] };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = localizer["The password must be at least {0} characters.", uniqueChars] };
}

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseWork.Web.Validation;

/// <summary>
/// The one way ASP.NET Core Identity's refusals (its password policy, a taken user name) reach a form: each beside the
/// field it concerns, in the user's language (<c>LocalizedIdentityErrorDescriber</c> words them).
/// </summary>
public static class IdentityErrors
{
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, Func<IdentityError, string> fieldFor)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(fieldFor);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(fieldFor(error), error.Description);
        }
    }
}

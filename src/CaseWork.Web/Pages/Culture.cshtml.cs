using CaseWork.Web.Localization;
using CaseWork.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseWork.Web.Pages;

/// <summary>The language switch: remembered in a cookie for a year.</summary>
[AllowAnonymous]
public class CultureModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = Cultures.Supported.FirstOrDefault(c => c.Name == culture)?.Name ?? Cultures.Swedish;
        Response.Cookies.Append(
            HostCookies.Culture,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            HostCookies.Options(TimeSpan.FromDays(365)));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}

using CaseWork.Web.Startup;
using Microsoft.AspNetCore.Localization;

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

using Microsoft.Extensions.Options;

namespace CaseWork.Web.Pages.Accessibility;

/// <summary>The accessibility statement (tillgänglighetsredogörelse) under lagen (2018:1937), open to anyone.</summary>
[AllowAnonymous]
public class IndexModel(IOptions<AccessibilityOptions> options) : PageModel
{
    public AccessibilityOptions Contact { get; } = options.Value;
}

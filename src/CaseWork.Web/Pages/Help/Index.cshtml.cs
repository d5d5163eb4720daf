namespace CaseWork.Web.Pages.Help;

[Authorize(Policy = Policies.SignedIn)]
public class IndexModel(UserGuide guide) : PageModel
{
    public UserGuide Guide { get; } = guide;
}

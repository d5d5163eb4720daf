namespace CaseWork.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class StatusCodeModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Code { get; set; }

    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}

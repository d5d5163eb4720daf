namespace CaseWork.Web.Pages;

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

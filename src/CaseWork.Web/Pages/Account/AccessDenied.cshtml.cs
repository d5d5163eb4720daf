namespace CaseWork.Web.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
public class AccessDeniedModel : PageModel;

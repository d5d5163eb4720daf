using Microsoft.AspNetCore.Mvc.Rendering;

namespace CaseWork.Web.Pages.Admin.Users;

public sealed record UserFormView(UserInput Input, IReadOnlyList<SelectListItem> Units, IReadOnlyList<SelectListItem> Districts);

namespace CaseWork.Web.Pages.Admin.Users;

public sealed record UserFormView(UserInput Input, PlacementOptions Options);

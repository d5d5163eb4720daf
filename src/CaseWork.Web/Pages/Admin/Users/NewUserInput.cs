namespace CaseWork.Web.Pages.Admin.Users;

/// <summary>A new user: who they are and where they sit, and the password they start with.</summary>
public class NewUserInput : UserInput
{
    [Display(Name = "Initial password (at least 12 characters)")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }
}

namespace CaseWork.Web.Validation;

public static class FieldIds
{
    /// <summary>The HTML id that asp-for gives the field bound to a model-state key ("Input.FirstName" → "Input_FirstName").</summary>
    public static string For(string modelStateKey) =>
        (modelStateKey ?? string.Empty).Replace('.', '_').Replace('[', '_').Replace(']', '_');
}

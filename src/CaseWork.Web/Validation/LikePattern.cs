namespace CaseWork.Web.Validation;

public static class LikePattern
{
    /// <summary>A LIKE pattern that matches <paramref name="text"/> anywhere, with % and _ taken literally.</summary>
    public static string Containing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";
    }
}

namespace CaseWork.Web.Localization;

/// <summary>Enum values shown to people: the resource key is "TypeName.Value".</summary>
public static class EnumText
{
    public static string Text<T>(this IStringLocalizer localizer, T value) where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[$"{typeof(T).Name}.{value}"];
    }

    public static IEnumerable<SelectListItem> Options<T>(this IStringLocalizer localizer, T? selected = null) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(localizer.Text(v), v.ToString(), selected is not null && v.Equals(selected.Value)));
}

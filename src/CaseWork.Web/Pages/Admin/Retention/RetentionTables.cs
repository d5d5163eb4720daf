namespace CaseWork.Web.Pages.Admin.Retention;

/// <summary>What a table holds, in words, for the run log ("Table.journal_notes"); the table's own name when it has none.</summary>
public static class RetentionTables
{
    public static string Name(IStringLocalizer<SharedResource> localizer, string table)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = localizer[$"Table.{table}"];
        return text.ResourceNotFound ? table : text.Value;
    }
}

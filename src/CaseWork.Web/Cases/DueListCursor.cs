namespace CaseWork.Web.Cases;

/// <summary>
/// A position in the due list's order (due date, applicant, kind, and the review action, of which one applicant may
/// have several on a day), carried in the URL for keyset paging. It keeps its dotted form, in which a cursor from before review actions (no
/// action) still reads; the list is sorted in memory, so the cursor also compares (<see cref="Compare"/>).
/// </summary>
public sealed record DueListCursor(DateOnly DueOn, Guid ApplicantId, DueKind Kind, Guid? ActionId = null)
{
    public static DueListCursor Of(DueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new DueListCursor(item.DueOn, item.ApplicantId, item.Kind, item.ActionId);
    }

    public string Encode() => string.Create(CultureInfo.InvariantCulture, $"{KeysetCursor.Field(DueOn)}.{ApplicantId:N}.{(int)Kind}{(ActionId is { } action ? $".{action:N}" : string.Empty)}");

    public static DueListCursor? Decode(string? value)
    {
        var parts = value?.Split('.');
        Guid? action = null;
        if (parts is { Length: 4 })
        {
            action = KeysetCursor.TryId(parts[3], out var actionId) ? actionId : null;
            if (action is null)
            {
                return null;
            }
        }

        return parts is { Length: 3 or 4 }
            && KeysetCursor.TryDate(parts[0], out var due)
            && KeysetCursor.TryId(parts[1], out var id)
            && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var kind) && Enum.IsDefined((DueKind)kind)
                ? new DueListCursor(due, id, (DueKind)kind, action)
                : null;
    }

    public static int Compare(DueItem item, DueListCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(cursor);
        var byDate = item.DueOn.CompareTo(cursor.DueOn);
        if (byDate != 0)
        {
            return byDate;
        }

        var byApplicant = item.ApplicantId.CompareTo(cursor.ApplicantId);
        if (byApplicant != 0)
        {
            return byApplicant;
        }

        var byKind = item.Kind.CompareTo(cursor.Kind);
        return byKind != 0 ? byKind : Nullable.Compare(item.ActionId, cursor.ActionId);
    }
}

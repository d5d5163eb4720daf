using System.Globalization;
using CaseWork.Domain.Schedules;

namespace CaseWork.Web.Pages.Due;

/// <summary>A position in the due list's order (due date, applicant, kind), carried in the URL for keyset paging.</summary>
public sealed record DueListCursor(DateOnly DueOn, Guid ApplicantId, DueKind Kind)
{
    public string Encode() => string.Create(CultureInfo.InvariantCulture, $"{DueOn:yyyyMMdd}.{ApplicantId:N}.{(int)Kind}");

    public static DueListCursor? Decode(string? value)
    {
        var parts = value?.Split('.');
        return parts is { Length: 3 }
            && DateOnly.TryParseExact(parts[0], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
            && Guid.TryParseExact(parts[1], "N", out var id)
            && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var kind) && Enum.IsDefined((DueKind)kind)
                ? new DueListCursor(due, id, (DueKind)kind)
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
        return byApplicant != 0 ? byApplicant : item.Kind.CompareTo(cursor.Kind);
    }
}

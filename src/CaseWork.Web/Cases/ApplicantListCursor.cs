namespace CaseWork.Web.Cases;

/// <summary>A position in the register's order (last name, first name, id), carried in the URL for keyset paging.</summary>
public sealed record ApplicantListCursor(string LastName, string FirstName, Guid Id)
{
    public string Encode() => KeysetCursor.Encode(KeysetCursor.Field(Id), LastName, FirstName);

    public static ApplicantListCursor? Decode(string? value) =>
        KeysetCursor.Decode(value, 3) is { } f && KeysetCursor.TryId(f[0], out var id) ? new ApplicantListCursor(f[1], f[2], id) : null;
}

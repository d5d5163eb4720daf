namespace CaseWork.Web.Cases;

/// <summary>The register's orders: by name (last, first) or by personnummer, either way round.</summary>
public enum ApplicantSort
{
    Name,
    NameDescending,
    Pin,
    PinDescending,
}

/// <summary>
/// A position in the register's order, carried in the URL for keyset paging. The sort is part of the position: a
/// cursor taken in another order reads as none, so the list starts from the top.
/// </summary>
public sealed record ApplicantListCursor(ApplicantSort Sort, string LastName, string FirstName, string Pin, Guid Id)
{
    public string Encode() => KeysetCursor.Encode(KeysetCursor.Field(Id), Sort.ToString(), LastName, FirstName, Pin);

    public static ApplicantListCursor? Decode(string? value, ApplicantSort sort) =>
        KeysetCursor.Decode(value, 5) is { } f && KeysetCursor.TryId(f[0], out var id) && f[1] == sort.ToString()
            ? new ApplicantListCursor(sort, f[2], f[3], f[4], id)
            : null;
}

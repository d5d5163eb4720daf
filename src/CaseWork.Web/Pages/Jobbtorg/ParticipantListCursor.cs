namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>A position in the participant list's order (open before closed, newest referral first, id), for keyset paging.</summary>
public sealed record ParticipantListCursor(bool Closed, DateOnly SentOn, Guid Id)
{
    public string Encode() => KeysetCursor.Encode(Closed ? "1" : "0", KeysetCursor.Field(SentOn), KeysetCursor.Field(Id));

    public static ParticipantListCursor? Decode(string? value) =>
        KeysetCursor.Decode(value, 3) is { } f
        && f[0] is "0" or "1"
        && KeysetCursor.TryDate(f[1], out var sentOn)
        && KeysetCursor.TryId(f[2], out var id)
            ? new ParticipantListCursor(f[0] == "1", sentOn, id)
            : null;
}

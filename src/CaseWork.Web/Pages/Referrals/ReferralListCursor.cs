namespace CaseWork.Web.Pages.Referrals;

/// <summary>A position in the referral list's order (sent date, id; newest first), carried in the URL for keyset paging.</summary>
public sealed record ReferralListCursor(DateOnly SentOn, Guid Id)
{
    public string Encode() => KeysetCursor.Encode(KeysetCursor.Field(SentOn), KeysetCursor.Field(Id));

    public static ReferralListCursor? Decode(string? value) =>
        KeysetCursor.Decode(value, 2) is { } f && KeysetCursor.TryDate(f[0], out var sentOn) && KeysetCursor.TryId(f[1], out var id)
            ? new ReferralListCursor(sentOn, id)
            : null;
}

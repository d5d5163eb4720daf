namespace CaseWork.Infrastructure.Identity;

/// <summary>
/// A signed-in session, held on the server: the auth cookie carries only <see cref="Key"/>, so deleting the row (sign-out,
/// an administrator ending the user's sessions) ends the session on every instance at its next request.
/// </summary>
public class UserSession
{
    public string Key { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    /// <summary>The authentication ticket, encrypted with the shared Data Protection keys.</summary>
    public byte[] Ticket { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>The absolute end of the session, whatever the activity.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Where the session was started (browser and address), for the user's own list of sessions.</summary>
    public string Where { get; set; } = string.Empty;
}

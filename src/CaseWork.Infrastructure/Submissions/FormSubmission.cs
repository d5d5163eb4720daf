namespace CaseWork.Infrastructure.Submissions;

/// <summary>
/// A form that has been saved, by the key the page gave it when it was shown. Sending the same form again (a
/// double click, "send again" after a database fault, a retried commit) finds the key and saves nothing more.
/// Kept for <see cref="RetentionHours"/> hours; it names the user and where the save led, never what was written.
/// </summary>
public sealed class FormSubmission
{
    public const int RetentionHours = 48;

    public const string PrimaryKeyName = "pk_form_submissions";

    public FormSubmission(Guid key, string userId, DateTimeOffset savedAt)
    {
        Key = key;
        UserId = userId;
        SavedAt = savedAt;
    }

    public Guid Key { get; private set; }

    public string UserId { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }

    /// <summary>The page the save led to (a local URL), so that sending the form again lands where the first send did.</summary>
    public string? Location { get; private set; }
}

namespace CaseWork.Domain.FollowUps;

/// <summary>
/// Who took part in a talk or in the revision of a plan: the applicant, the social worker, the Jobbtorg coach, and
/// others named in words (e.g. "Arbetsförmedlingen (handläggare)").
/// </summary>
public sealed record Participants(bool Applicant, bool SocialWorker, bool Coach, string? Others)
{
    public const int MaxOthersLength = 500;

    public static Participants None { get; } = new(false, false, false, null);

    public bool IsNone => !Applicant && !SocialWorker && !Coach && Others is null;

    /// <summary>The same people with the others' text trimmed, and null when blank.</summary>
    public Participants Normalized() => this with { Others = string.IsNullOrWhiteSpace(Others) ? null : Others.Trim() };

    /// <summary>As the case file writes them: "den sökande, socialsekreteraren, coachen på Jobbtorg, …".</summary>
    public string InSwedish()
    {
        var names = new List<string>();
        if (Applicant)
        {
            names.Add("den sökande");
        }

        if (SocialWorker)
        {
            names.Add("socialsekreteraren");
        }

        if (Coach)
        {
            names.Add("coachen på Jobbtorg");
        }

        if (Others is { } others)
        {
            names.Add(others);
        }

        return string.Join(", ", names);
    }
}

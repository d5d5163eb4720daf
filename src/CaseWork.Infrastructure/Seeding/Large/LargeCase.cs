namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>One applicant while the generators fill in their year: aid months, referral, follow-ups and plan.</summary>
internal sealed class LargeCase(Guid id, DistrictSetting district, Worker? worker, AidReason reason)
{
    public Guid Id { get; } = id;

    public DistrictSetting District { get; } = district;

    public DistrictProfile Profile => District.Profile;

    /// <summary>The social worker who records the case's work, also while the case waits to be assigned.</summary>
    public string AuthorId => Worker?.Id ?? LargeSeedSetting.NobodyId;

    public string AuthorName => Worker?.UserName ?? LargeSeedSetting.NobodyId;

    public Worker? Worker { get; } = worker;

    /// <summary>The unit whose social workers may cover for the case's own.</summary>
    public UnitSetting? Unit { get; init; }

    public AidReason Reason { get; } = reason;

    /// <summary>The first and last month (0 = eleven months ago, 11 = this month) with an application for aid.</summary>
    public int FirstAidMonth { get; set; }

    public int LastAidMonth { get; set; }

    /// <summary>The decision of each of the twelve months; null where no aid was applied for.</summary>
    public AidDecision?[] Decisions { get; } = new AidDecision?[12];

    /// <summary>The newest Jobbtorg or Resurs referral, which the follow-ups and attendance reports go with.</summary>
    public ReferralRow? Referral { get; set; }

    public DateOnly? LastTalkOn { get; set; }

    public DateOnly? NextFollowUpAfterTalk { get; set; }

    public bool ReceivesAid => Paid(10) || Paid(11);

    public bool Paid(int month) => Decisions[month] is { } decision && LongTermAidRule.CountsAsAid(decision);
}

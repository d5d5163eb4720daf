namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>
/// Makes one applicant's year at a time: who they are and where, their aid months, then referral, follow-ups and plan.
/// Serial numbers 500-999 keep these personnummer apart from the demo applicants' (000-499).
/// </summary>
internal sealed class CaseGenerator(LargeSeedSetting setting, SeedRandom random, SequentialIds ids)
{
    private const int FirstSerial = 500;
    private static readonly DateOnly FirstBirthDate = new(1958, 1, 1);
    private static readonly int BirthDates = new DateOnly(2006, 12, 31).DayNumber - FirstBirthDate.DayNumber + 1;

    private static readonly double[] ChildrenOfSingles = [0.62, 0.18, 0.12, 0.05, 0.03];
    private static readonly double[] ChildrenOfCouples = [0.35, 0.20, 0.22, 0.13, 0.10];

    private readonly ReferralGenerator _referrals = new(setting, random, ids);
    private readonly FollowUpGenerator _followUps = new(setting, random, ids);
    private readonly WorkPlanGenerator _plans = new(setting, random, ids);
    private readonly AccessLogGenerator _accessLog = new(setting, random);

    /// <param name="n">The applicant's number in the whole large set, which makes their personnummer.</param>
    /// <param name="place">The applicant's number in this load, which gives them a place in a caseload.</param>
    public void Add(int n, int place, CaseBatch batch)
    {
        var (district, unit, worker) = setting.CasePlaces[place % setting.CasePlaces.Count];
        var profile = district.Profile;
        var @case = new LargeCase(ids.Next(), district, worker, (AidReason)random.Weighted(profile.Reasons)) { Unit = unit };
        var couple = random.Chance(profile.Couples);
        var children = random.Weighted(couple ? ChildrenOfCouples : ChildrenOfSingles);
        var firstName = PersonNames.FirstName(random);
        var lastName = PersonNames.Surname(random);

        DrawAidYear(@case);
        _referrals.Add(@case, batch);
        DecideMonths(@case, batch);

        var firstKnown = setting.FirstMonth.AddMonths(@case.FirstAidMonth);
        if (@case.Referral is { } referral && referral.SentOn < firstKnown)
        {
            firstKnown = referral.SentOn;
        }

        var registered = firstKnown.AddDays(-(@case.FirstAidMonth == 0 ? random.Between(30, 1800) : random.Between(0, 20)));
        batch.Applicants.Add(new ApplicantRow(
            @case.Id, Pin(n), firstName, lastName, couple ? HouseholdType.Couple : HouseholdType.SingleAdult, children, @case.Reason,
            district.Id, unit.Id, random.Chance(0.99) ? worker?.Id : null, setting.At(registered, 9)));

        _followUps.Add(@case, batch);
        _plans.Add(@case, batch);
        _accessLog.Add(@case, batch);
    }

    /// <summary>
    /// On aid all year (long-term, unless refusals break it) in the district's share; the others start during the
    /// year, stop during it, or have a short spell in between.
    /// </summary>
    private void DrawAidYear(LargeCase @case)
    {
        if (random.Chance(@case.Profile.YearRound))
        {
            @case.FirstAidMonth = random.Chance(0.85) ? 0 : 1;
            @case.LastAidMonth = random.Chance(0.9) ? 11 : 10;
            return;
        }

        var pattern = random.Fraction();
        if (pattern < 0.4)
        {
            @case.FirstAidMonth = random.Between(2, 11);
            @case.LastAidMonth = 11;
        }
        else if (pattern < 0.75)
        {
            @case.FirstAidMonth = 0;
            @case.LastAidMonth = random.Between(0, 8);
        }
        else
        {
            @case.FirstAidMonth = random.Between(1, 9);
            @case.LastAidMonth = Math.Min(10, @case.FirstAidMonth + random.Between(0, 5));
        }
    }

    private void DecideMonths(LargeCase @case, CaseBatch batch)
    {
        for (var month = @case.FirstAidMonth; month <= @case.LastAidMonth; month++)
        {
            var roll = random.Fraction();
            var decision = roll < @case.Profile.Refused ? AidDecision.Refused
                : roll < @case.Profile.Refused + @case.Profile.Reduced ? AidDecision.Reduced
                : AidDecision.Granted;
            @case.Decisions[month] = decision;
            batch.AidMonths.Add(new AidMonthRow(@case.Id, setting.FirstMonth.AddMonths(month), decision));
        }
    }

    /// <summary>A distinct valid personnummer per number: birth dates 1958-2006 in turn, then the next serial.</summary>
    private static string Pin(int n) =>
        TestPersonalIdentityNumbers.Make(FirstBirthDate.AddDays(n % BirthDates), FirstSerial + (n / BirthDates));
}

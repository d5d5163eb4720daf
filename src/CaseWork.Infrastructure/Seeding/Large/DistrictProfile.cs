namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>
/// How one district's caseload looks in the large data set. The districts differ on purpose, loosely after the
/// source reports (Spånga-Tensta and Rinkeby-Kista: more long-term aid, larger households, more SFI; Älvsjö: fewer
/// and shorter cases; Skärholmen: the audit's stale plans), so that every indicator differs between districts.
/// </summary>
internal sealed record DistrictProfile
{
    /// <summary>Share of the applicants that belong to the district.</summary>
    public required double Weight { get; init; }

    /// <summary>Share of the applicants on aid the whole year (long-term unless refusals break it).</summary>
    public required double YearRound { get; init; }

    public required double Refused { get; init; }

    public double Reduced { get; init; } = 0.04;

    public required double Couples { get; init; }

    /// <summary>Weights in the order of <see cref="AidReason"/>.</summary>
    public required double[] Reasons { get; init; }

    /// <summary>Share of the unemployed who are referred to Jobbtorg.</summary>
    public required double Jobbtorg { get; init; }

    /// <summary>Share of those on sick leave or with social-medical reasons who are referred to Jobbtorg Resurs.</summary>
    public double Resurs { get; init; } = 0.12;

    /// <summary>How many Resurs referrals wait for a place once the district's places are taken.</summary>
    public required int ResursQueue { get; init; }

    /// <summary>Chance per month that an enrolment at Jobbtorg ends.</summary>
    public required double MonthlyClosure { get; init; }

    /// <summary>Weights in the order of <see cref="ReferralClosureReason"/>.</summary>
    public required double[] ClosureReasons { get; init; }

    public required double JobPlanLate { get; init; }

    /// <summary>Share of the applicants receiving aid who have an active plan.</summary>
    public required double PlanCoverage { get; init; }

    public required double GenericGoal { get; init; }

    public required double NoSubgoal { get; init; }

    public required double Expired { get; init; }

    public required double CheckMissing { get; init; }

    public required double CheckLate { get; init; }

    public double TalkMissing { get; init; } = 0.15;

    private static readonly DistrictProfile Default = new()
    {
        Weight = 0.15, YearRound = 0.55, Refused = 0.05, Couples = 0.28,
        Reasons = [0.44, 0.14, 0.14, 0.13, 0.08, 0.07], Jobbtorg = 0.55, ResursQueue = 5, MonthlyClosure = 0.065,
        ClosureReasons = [0.30, 0.09, 0.15, 0.05, 0.05, 0.26, 0.10], JobPlanLate = 0.15,
        PlanCoverage = 0.82, GenericGoal = 0.15, NoSubgoal = 0.12, Expired = 0.12, CheckMissing = 0.07, CheckLate = 0.08,
    };

    private static readonly Dictionary<string, DistrictProfile> ByName = new()
    {
        [DemoOrganisation.HagerstenLiljeholmen] = Default with
        {
            Weight = 0.20, YearRound = 0.50, Refused = 0.05, Couples = 0.25,
            Reasons = [0.45, 0.16, 0.10, 0.16, 0.05, 0.08], Resurs = 0.15, ResursQueue = 25, MonthlyClosure = 0.07,
            ClosureReasons = [0.33, 0.09, 0.15, 0.05, 0.06, 0.22, 0.10], JobPlanLate = 0.12,
            PlanCoverage = 0.80, GenericGoal = 0.20, NoSubgoal = 0.15, Expired = 0.15, CheckMissing = 0.08, CheckLate = 0.10,
        },
        [DemoOrganisation.SpangaTensta] = Default with
        {
            Weight = 0.30, YearRound = 0.64, Refused = 0.04, Reduced = 0.05, Couples = 0.35,
            Reasons = [0.42, 0.10, 0.20, 0.10, 0.12, 0.06], Jobbtorg = 0.60, ResursQueue = 10, MonthlyClosure = 0.055,
            ClosureReasons = [0.27, 0.10, 0.16, 0.05, 0.05, 0.27, 0.10], JobPlanLate = 0.20,
            PlanCoverage = 0.85, GenericGoal = 0.10, NoSubgoal = 0.10, Expired = 0.10, CheckMissing = 0.05, CheckLate = 0.06,
        },
        ["Skärholmen"] = Default with
        {
            Weight = 0.17, YearRound = 0.58, Refused = 0.06, Couples = 0.30, ResursQueue = 5,
            JobPlanLate = 0.15, PlanCoverage = 0.75, GenericGoal = 0.25, NoSubgoal = 0.20, Expired = 0.30,
            CheckMissing = 0.10, CheckLate = 0.12,
        },
        ["Rinkeby-Kista"] = Default with
        {
            Weight = 0.22, YearRound = 0.66, Refused = 0.035, Couples = 0.38,
            Reasons = [0.40, 0.09, 0.22, 0.09, 0.14, 0.06], Jobbtorg = 0.58, ResursQueue = 15, MonthlyClosure = 0.05,
            ClosureReasons = [0.25, 0.10, 0.17, 0.04, 0.05, 0.29, 0.10], JobPlanLate = 0.25,
            PlanCoverage = 0.82, GenericGoal = 0.15, NoSubgoal = 0.12, Expired = 0.12, CheckMissing = 0.06, CheckLate = 0.08,
        },
        ["Älvsjö"] = Default with
        {
            Weight = 0.11, YearRound = 0.42, Refused = 0.08, Couples = 0.20,
            Reasons = [0.44, 0.20, 0.06, 0.18, 0.03, 0.09], Jobbtorg = 0.50, Resurs = 0.10, ResursQueue = 0, MonthlyClosure = 0.08,
            ClosureReasons = [0.38, 0.08, 0.15, 0.06, 0.06, 0.20, 0.07], JobPlanLate = 0.08,
            PlanCoverage = 0.88, GenericGoal = 0.08, NoSubgoal = 0.08, Expired = 0.08, CheckMissing = 0.04, CheckLate = 0.05,
        },
    };

    public static DistrictProfile For(string districtName) => ByName.GetValueOrDefault(districtName, Default);
}

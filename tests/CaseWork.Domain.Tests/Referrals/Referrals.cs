using CaseWork.Domain.Referrals;

namespace CaseWork.Domain.Tests.Referrals;

/// <summary>Referrals in the states the tests need.</summary>
internal static class Referrals
{
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static ReferralConsent ConsentToAll(DateOnly on) => new(true, on, ConsentScope.WorkPlan | ConsentScope.Journal);

    public static Referral Sent(ReferralProgram program = ReferralProgram.Jobbtorg, DateOnly? sentOn = null, int capacity = 100, DateTimeOffset? at = null) =>
        Referral.Send(
            new ReferralRequest(
                Guid.NewGuid(), 1, 1, program, "Arbetslös sedan 2024, vill arbeta inom lager.", capacity, "svenska, arabiska",
                "Jobbplan mot lagerarbete och truckkort.", ConsentToAll(sentOn ?? Today.AddDays(-60)), sentOn ?? Today.AddDays(-60)),
            "worker-1",
            at ?? Now,
            Today);

    public static Referral Enrolled(DateOnly firstVisit)
    {
        var referral = Sent(sentOn: firstVisit.AddDays(-10));
        referral.Receive(firstVisit.AddDays(-8), Today);
        referral.RecordFirstVisit(firstVisit, Today);
        return referral;
    }
}

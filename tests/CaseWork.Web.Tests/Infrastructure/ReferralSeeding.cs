using CaseWork.Domain.Applicants;
using CaseWork.Domain.Calendar;
using CaseWork.Domain.Referrals;
using CaseWork.Infrastructure.Referrals;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>Arranges referrals straight in the database, through the domain, for tests that start mid-lifecycle.</summary>
public static class ReferralSeeding
{
    /// <summary>
    /// How many days ago a first visit must be (at least <paramref name="atLeast"/>) for its job plan to be late today:
    /// the deadline counts working days, so a fixed number of calendar days is not late around Christmas.
    /// </summary>
    public static int FirstVisitDaysAgoWithTheJobPlanLate(int atLeast = 8)
    {
        var daysAgo = atLeast;
        while (!JobPlanDeadline.IsJobPlanLate(AppTime.Today.AddDays(-daysAgo), null, AppTime.Today))
        {
            daysAgo++;
        }

        return daysAgo;
    }

    /// <summary>A referral sent <paramref name="sentDaysAgo"/> days ago; received, first visit and closed when asked for.</summary>
    public static async Task<Referral> AddReferralAsync(
        this AppFixture app,
        Applicant applicant,
        ReferralProgram program = ReferralProgram.Jobbtorg,
        bool consentGiven = true,
        int sentDaysAgo = 30,
        int? firstVisitDaysAgo = null,
        string jobCentre = CaseWork.Infrastructure.Seeding.DemoOrganisation.JobbtorgKista,
        bool closed = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(applicant);
        var today = AppTime.Today;
        var sentOn = today.AddDays(-sentDaysAgo);
        await using var db = app.NewDbContext();
        var jobCentreId = await db.JobCentres.Where(c => c.Name == jobCentre).Select(c => c.Id).SingleAsync();
        var consent = consentGiven ? new ReferralConsent(true, sentOn, ConsentScope.WorkPlan | ConsentScope.Journal) : ReferralConsent.Refused(sentOn);
        var referral = Referral.Send(
            new ReferralRequest(applicant.Id, applicant.DistrictId, jobCentreId, program, "Arbetslös sedan två år, vill arbeta inom vården.",
                program == ReferralProgram.Jobbtorg ? 100 : 50, "svenska, somaliska", "Jobbplan mot undersköterskeutbildning.", consent, sentOn),
            applicant.AssignedWorkerId ?? "test",
            AppTime.UtcNow,
            today);
        if (firstVisitDaysAgo is { } visit)
        {
            referral.Receive(today.AddDays(-visit), today);
        }

        if (program == ReferralProgram.Resurs)
        {
            await new ResursPlaceService(db, SwedishTime.Clock).AdmitAsync(referral, CancellationToken.None);
        }

        if (firstVisitDaysAgo is { } firstVisit && !referral.IsQueued)
        {
            referral.RecordFirstVisit(today.AddDays(-firstVisit), today);
        }

        if (closed)
        {
            // An applicant has one open referral per program; earlier ones are history.
            referral.Close(referral.FirstVisitOn ?? sentOn, ReferralClosureReason.Moved, null, today);
        }

        if (program == ReferralProgram.Jobbtorg)
        {
            db.Referrals.Add(referral);
        }

        await db.SaveChangesAsync();
        return referral;
    }
}

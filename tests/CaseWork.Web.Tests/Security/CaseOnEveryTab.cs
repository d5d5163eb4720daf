using CaseWork.Domain.Applicants;
using CaseWork.Domain.Indicators;
using CaseWork.Web.Tests.Indicators;
using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Jobbtorg;
using CaseWork.Web.Tests.Journal;
using CaseWork.Web.Tests.CaseReviews;

namespace CaseWork.Web.Tests.Security;

internal static class CaseOnEveryTab
{
    /// <summary>
    /// A case of socialsekreterare.st with something on every tab: aid, plan, investigation, journal, a Jobbtorg Kista
    /// referral, this month's check, a signed review with an action, and figures on the dashboard.
    /// </summary>
    public static async Task<Applicant> AddCaseOnEveryTabAsync(this AppFixture app)
    {
        var worker = app.Organisation.UserIds[ReviewArrangements.Worker];
        var applicant = await app.AddApplicantAsync(app.Organisation.SpangaTenstaUnit, assignedWorker: worker, aidMonthsInLastYear: 11);
        await FollowUpArrangements.AddActivePlanAsync(app, applicant);
        await CoachArrangements.AddSignedInvestigationAsync(app, applicant);
        await app.AddNoteAsync(applicant.Id, worker, JournalNotes.Today.AddDays(-3));
        await app.AddReferralAsync(applicant, firstVisitDaysAgo: 20);
        await app.AddCheckThisMonthAsync(applicant);
        var (reviewId, _) = await app.OpenReviewAsync(daysAgo: 30);
        await app.CompleteReviewAsync(reviewId, actionOwner: ReviewArrangements.Worker);
        await app.AddTargetAsync(app.Organisation.SpangaTenstaDistrict, IndicatorMeasure.LongTermShareOfAdultRecipients, 66m);
        await app.RefreshSummariesAsync();
        return applicant;
    }
}

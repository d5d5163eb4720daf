using System.Globalization;
using System.Net;
using CaseWork.Domain.Referrals;
using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Journal;
using CaseWork.Web.Tests.Phrases;
using CaseWork.Web.Tests.CaseReviews;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CaseWork.Web.Tests.Jobbtorg;

/// <summary>
/// A coach's access ends with the referral, on every route: every page of the route table (<see cref="EndpointCatalog"/>),
/// filled with the ids of a participant whose referral is closed, GET and every handler posted empty, as the Jobbtorg
/// coach. Whatever the coach reaches shows nothing of the case file (contact details, plan, investigation, journal,
/// the social worker's referral text) and nothing dated after the closure; the participant page still shows the
/// referral's own record. A page added later is walked too.
/// </summary>
public class CoachEveryRouteTests(AppFixture app, ITestOutputHelper output) : AppTest(app)
{
    private const string NoteBefore = "Anteckning före avslutet.";
    private const string NoteAfter = "Anteckning efter avslutet.";

    [Theory]
    [InlineData(ReferralClosureReason.Employment)]
    [InlineData(ReferralClosureReason.SentBack)]
    public async Task EveryRouteTheCoachReaches_AfterTheClosure_ShowsOnlyTheReferralsOwnRecord(ReferralClosureReason reason)
    {
        var worker = Org.UserIds["socialsekreterare.st"];
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Amina", lastName: "Warsame", assignedWorker: worker, aidMonthsInLastYear: 11);
        var referral = await App.AddReferralAsync(applicant, firstVisitDaysAgo: 20);
        await App.SetConsentAsync(referral, ConsentScope.WorkPlan | ConsentScope.Investigation | ConsentScope.Journal);
        await CoachArrangements.AddActivePlanAsync(App, applicant);
        await App.AddSignedInvestigationAsync(applicant);
        await App.AddNoteAsync(applicant.Id, worker, JournalNotes.Today.AddDays(-15), text: NoteBefore);
        await StartInterventionAsync(referral, daysAgo: 15);
        await App.CloseReferralAsync(referral, daysAgo: 10, reason);
        var closedOn = CoachArrangements.Today.AddDays(-10);
        await App.AddNoteAsync(applicant.Id, worker, JournalNotes.Today.AddDays(-5), text: NoteAfter);
        await App.AddTalkAsync(applicant.Id, worker, daysAgo: 3);
        var (reviewId, _) = await App.OpenReviewAsync(daysAgo: 2);
        await App.CompleteReviewAsync(reviewId, actionOwner: ReviewArrangements.Worker);

        var ids = await EndpointCatalog.RouteIdsOfAsync(applicant.Id);
        ids["userId"] = Org.UserIds["jobbcoach"];
        ids["phraseId"] = (await App.AddOwnPhraseAsync(worker, Org.SpangaTenstaUnit)).ToString();
        var coach = await SignInAsync("jobbcoach");
        var token = (await coach.FormFieldsAsync("/Account/ChangePassword", []))["__RequestVerificationToken"];
        var caseFile = new[]
        {
            "070-111 22 33", "Hemliga vägen 7", "163 72", "person@example.se",
            CoachArrangements.PlanGoal, CoachArrangements.PlanRequirement, CoachArrangements.InvestigationAssessment,
            NoteBefore, NoteAfter, "Praktiken går bra.",
            "Arbetslös sedan två år, vill arbeta inom vården.", "Jobbplan mot undersköterskeutbildning.", "svenska, somaliska",
        };
        var caseFileAndLaterDates = caseFile.Concat(DatesAfter(closedOn)).ToList();

        var problems = new List<string>();
        var reached = new List<string>();
        foreach (var page in await EndpointCatalog.PagesAsync(App))
        {
            if (page.PathWith(ids) is not { } path)
            {
                problems.Add($"no id of the participant for {page.Template}: arrange one");
                continue;
            }

            foreach (var handler in page.Handlers)
            {
                if (handler.Method != "GET" && page.Template.EndsWith("Account/Logout", StringComparison.OrdinalIgnoreCase))
                {
                    // Skipped, as the one exception: signing out would end the walk's session; the page shows no file.
                    continue;
                }

                var url = handler.Name is null ? path : $"{path}?handler={handler.Name}";
                var response = handler.Method == "GET"
                    ? await coach.GetAsync(url)
                    : await coach.PostAsync(url, new() { ["__RequestVerificationToken"] = token });
                var html = await response.TextAsync();
                output.WriteLine($"{(int)response.StatusCode} {handler.Method} {url}");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    reached.Add($"{handler.Method} {url}");
                }

                // The coach's own account pages (their sessions, started today) are dated but hold nothing of a file.
                IReadOnlyList<string> forbidden = page.Template.Contains("Account/", StringComparison.OrdinalIgnoreCase) ? caseFile : caseFileAndLaterDates;
                problems.AddRange(forbidden.Where(text => html.Contains(text, StringComparison.Ordinal)).Select(text => $"{handler.Method} {url} shows \"{text}\""));
            }
        }

        problems.ShouldBeEmpty(string.Join("\n", problems));
        reached.ShouldContain($"GET {CoachArrangements.ParticipantUrl(referral)}");
        var own = await coach.GetStringAsync(CoachArrangements.ParticipantUrl(referral));
        own.ShouldContain("Amina Warsame");
        own.ShouldContain(CoachArrangements.ClosureNote);
        own.ShouldContain("Visas inte efter avslutet: socialsekreterarens text hör till akten.");
        own.ShouldContain(closedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        own.ShouldContain(CoachArrangements.Today.AddDays(-15).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); // the intervention the coach started
    }

    /// <summary>Every day after the closure up to today, as the pages write dates (sv-SE, ISO).</summary>
    private static IEnumerable<string> DatesAfter(DateOnly closedOn)
    {
        for (var day = closedOn.AddDays(1); day <= CoachArrangements.Today; day = day.AddDays(1))
        {
            yield return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    private async Task StartInterventionAsync(Referral referral, int daysAgo)
    {
        await using var db = App.NewDbContext();
        var stored = await db.Referrals.IgnoreQueryFilters().SingleAsync(r => r.Id == referral.Id);
        var type = await db.InterventionTypes.Select(t => t.Id).FirstAsync();
        stored.StartIntervention(type, CoachArrangements.Today.AddDays(-daysAgo), null, CoachArrangements.Today);
        await db.SaveChangesAsync();
    }
}
